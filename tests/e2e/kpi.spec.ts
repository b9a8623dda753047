import ExcelJS from 'exceljs';
import { expect, test } from './host-fixture';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';

/** Wednesday 2 December 2026, 10:00 in the office: November is assessed. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

test("the manager imports November's actuals and the KPI page rates and ranks the rep against his target", async ({
  page,
  host,
}) => {
  await host.setClock(DEC_2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(DEC_2));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);

  const people = (await call(page, host.url, 'people.list', {})) as { id: number; displayName: string }[];
  const rep = people.find((p) => p.displayName === REP.name)!;
  await call(page, host.url, 'targets.set', {
    year: 2026,
    scope: 'rep',
    userId: rep.id,
    metric: 'sales',
    annual: 1_200_000,
    method: 'equal',
  });

  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByText('导入实际业绩').click();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('销售').addRows([
    ['业务员', '会计期间', '销售金额', '回款金额'],
    [REP.name, '2026-11', 93_800, 60_000],
  ]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择 Excel 文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '11月.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: '导入 1 行' }).click();
  await expect(page.getByText('已导入 1 行(2026-11)。')).toBeVisible();

  await nav.getByText('绩效评估').click();
  await expect(page.getByLabel('月份')).toHaveText('2026年11月');
  const ranking = page.getByRole('table', { name: '绩效排名' });
  const row = ranking.getByRole('row', { name: new RegExp(REP.name) });
  // 93,800 of a 100,000 monthly target.
  await expect(row).toContainText('93.8%');
  await expect(row.getByRole('cell').first()).toHaveText('1');
  await row.click();
  const basis = page.getByRole('list', { name: `${REP.name}的计算依据` });
  await expect(basis).toContainText('实际 93,800.00 元 / 目标 100,000.00 元');
  await expect(basis).toContainText('实际数来源:导入;目标来源:销售目标');
  await expect(page.getByText('销售额:目标与实际(元)')).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await screenshot(page, 'kpi-november');
});
