import { expect, test } from './host-fixture';
import { MANAGER, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';

/** Wednesday 2 December 2026, 10:00 in the office: next year's targets are being set. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

test("the manager sets 2027's targets, sees the reps fall short of the region, and adjusts a quarter with its reason", async ({
  page,
  host,
}) => {
  await host.setClock(DEC_2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(DEC_2));
  await seedOffice(page, host.url);
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('销售目标').click();
  await expect(page.getByRole('heading', { name: '销售目标' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '年度' })).toHaveValue('2027年');

  // The region's target, split equally, typed from the keyboard.
  await page.getByRole('button', { name: '设定区域目标' }).click();
  const region = page.getByRole('dialog', { name: '设定2027年区域销售额目标' });
  await expect(region.getByLabel('年度目标(元)')).toBeFocused();
  await page.keyboard.type('3600000');
  await expect(region.getByText(/每月:300,000\.00、300,000\.00/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(region).toBeHidden();

  // Without a rep or an amount the dialog says what is missing, at the field, and saves nothing.
  await page.getByRole('button', { name: '设定个人目标' }).click();
  const rep = page.getByRole('dialog', { name: '设定2027年个人销售额目标' });
  await rep.getByRole('button', { name: '保存目标' }).click();
  await expect(rep.getByText('请选择营销代表')).toBeVisible();
  await expect(rep.getByText('请填写年度目标(元)')).toBeVisible();
  await rep.getByRole('combobox', { name: '营销代表' }).click();
  await page.getByRole('option', { name: REP.name }).click();
  await rep.getByLabel('年度目标(元)').fill('3000000');
  await rep.getByRole('button', { name: '保存目标' }).click();
  await expect(rep).toBeHidden();

  const table = page.getByRole('table', { name: '2027年销售额目标' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('3,600,000.00');
  await expect(table).toContainText('750,000.00');
  const gap = page.getByRole('alert').filter({ hasText: '区域目标与个人目标合计不一致' });
  await expect(gap).toContainText('少 600,000.00 元');

  // Q2 for the rep goes down, with who asked and why; the old figure stays in the history.
  await table
    .getByRole('row', { name: new RegExp(REP.name) })
    .getByRole('button', { name: '季度调整' })
    .click();
  const adjust = page.getByRole('dialog', { name: new RegExp(`季度调整:${REP.name}`) });
  await adjust.getByRole('combobox', { name: '调整季度' }).click();
  await page.getByRole('option', { name: '第2季度' }).click();
  await adjust.getByLabel('4月(元)').fill('200000');
  await adjust.getByLabel('5月(元)').fill('200000');
  await adjust.getByLabel('6月(元)').fill('200000');
  await expect(adjust).toContainText('原 750,000.00 元 → 调整后 600,000.00 元');
  await adjust.getByRole('button', { name: '保存调整' }).click();
  await expect(adjust.getByText('请写明调整原因')).toBeVisible();
  await adjust.getByLabel('调整原因').fill('新开区县市场二季度才铺货');
  await adjust.getByRole('button', { name: '保存调整' }).click();
  await expect(adjust).toBeHidden();

  await expect(table).toContainText('第2版');
  await expect(gap).toContainText('少 750,000.00 元');
  await table.getByRole('button', { name: REP.name }).click();
  const history = page.getByRole('table', { name: `${REP.name}目标调整记录` });
  await expect(history.getByRole('row', { name: /第2季度调整/ })).toContainText('750,000.00');
  await expect(history.getByRole('row', { name: /第2季度调整/ })).toContainText('600,000.00');
  await expect(history.getByRole('row', { name: /第2季度调整/ })).toContainText('新开区县市场二季度才铺货');
  await expect(history.getByRole('row', { name: /第2季度调整/ })).toContainText(MANAGER.name);
  await expect(history.getByRole('row', { name: /全年/ })).toContainText('3,000,000.00');
  await screenshot(page, 'targets-2027');
});
