import { expect, test } from './host-fixture';
import { MANAGER, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';

test('the manager weighs the KPIs and sets the bonus plan; a plan that cannot score is refused at the field', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(page, host.url);
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('考核与奖金方案').click();

  const weights = page.getByRole('table', { name: '指标权重与满分值' });
  await expect(weights.getByLabel('销售额达成率权重')).toHaveValue('40');
  await screenshot(page, 'performance-settings');
  for (const kpi of ['销售额达成率', '回款达成率', '新客户', '客户保留率', '报表及时率', '协访评分'])
    await weights.getByLabel(`${kpi}权重`).fill('0');
  await page.getByLabel('封顶比例').fill('90');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('至少一项指标的权重须大于 0')).toBeVisible();
  await expect(page.getByText('封顶比例不能低于 100%')).toBeVisible();

  await weights.getByLabel('销售额达成率权重').fill('70');
  await weights.getByLabel('回款达成率权重').fill('30');
  await page.getByLabel('封顶比例').fill('150');
  await page.getByLabel('奖金基数').fill('5000');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('考核与奖金方案已保存,未审核的月份按新方案计算。')).toBeVisible();

  await page.reload();
  await expect(weights.getByLabel('销售额达成率权重')).toHaveValue('70');
  await expect(page.getByLabel('奖金基数')).toHaveValue('5,000 元');
  await expect(page.getByText('权重合计 100')).toBeVisible();
});
