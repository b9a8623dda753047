import ExcelJS from 'exceljs';
import { erpSheet } from '../helpers/erp-sheet';
import { expect, test } from './host-fixture';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { readWordDownload } from './pages/form-page';
import { screenshot } from './pages/screenshots';

/** Wednesday 2 December 2026, 10:00 in the office: November is assessed. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

test("the manager imports November's actuals, the KPI page rates and ranks the rep, and his bonus is approved and locked", async ({
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
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择 Excel 文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '11月.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await erpSheet([[REP.name, '2026-11', 93_800, 60_000]]),
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
  await expect(page.getByRole('table', { name: `${REP.name}近12个月数据` })).toContainText('93.8%');
  await screenshot(page, 'kpi-november');

  // The quarter so far: October's 100,000 target had no sales, so 93,800 of 200,000.
  await page.getByRole('tab', { name: '季度与年度排名' }).click();
  await page.getByRole('combobox', { name: '期间' }).click();
  await page.getByRole('option', { name: '2026年第4季度' }).click();
  const quarter = page.getByRole('table', { name: '期间绩效排名' });
  await expect(quarter.getByRole('row', { name: new RegExp(REP.name) })).toContainText('46.9%');
  await expect(page.getByText('计入 2 个已结束的月份(2026-10 至 2026-11)')).toBeVisible();
  await screenshot(page, 'kpi-quarter');

  // The month's bonus: 93.8 % earns 84.5 % of the 3,000 base, cut by 20 % for late reports; a
  // deduction with its reason; then the manager approves and the month is locked.
  await nav.getByText('奖金核算').click();
  const statement = page.getByRole('table', { name: `${REP.name}的奖金核算` });
  await expect(statement.getByRole('row', { name: /^达成奖金/ })).toContainText('2,535.00');
  await expect(statement.getByRole('row', { name: /报表及时率扣减/ })).toContainText('-507.00');
  await page.getByRole('button', { name: '登记扣款' }).click();
  const deduction = page.getByRole('dialog', { name: '登记扣款(2026-11)' });
  await deduction.getByRole('button', { name: '登记扣款' }).click();
  await expect(deduction.getByText('请写明扣款原因')).toBeVisible();
  await deduction.getByRole('combobox', { name: '营销代表' }).click();
  await page.getByRole('option', { name: REP.name }).click();
  await deduction.getByLabel('扣款金额(元)').fill('28');
  await deduction.getByLabel('扣款原因').fill('样品遗失');
  await deduction.getByRole('button', { name: '登记扣款' }).click();
  await expect(deduction).toBeHidden();
  await expect(statement.getByRole('row', { name: /应发奖金/ })).toContainText('2,000.00');
  await page.getByRole('button', { name: '审核并锁定' }).click();
  const confirm = page.getByRole('dialog', { name: '审核 2026-11 奖金' });
  await confirm.getByRole('button', { name: '审核并锁定' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('本月奖金已审核锁定', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '登记扣款' })).toHaveCount(0);
  await screenshot(page, 'bonus-november');

  // The 奖金核算单 prints the figures it was approved on with their sources, every line and the total.
  await page.getByRole('button', { name: `打印预览${REP.name}的奖金核算单` }).click();
  const preview = page.getByRole('dialog', { name: `${REP.name} 2026-11 奖金核算单 打印预览` });
  await expect(preview).toContainText('已审核锁定');
  await expect(preview).toContainText('ERP 导入');
  await screenshot(page, 'bonus-statement-preview');
  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `下载${REP.name}的奖金核算单` }).click();
  const word = await readWordDownload(await downloading);
  expect(word.fileName).toBe(`奖金核算单-2026-11-${REP.name}.docx`);
  for (const figure of [
    '奖金核算单',
    REP.name,
    '2026年11月',
    '已审核锁定',
    '100,000.00', // 销售目标, from 销售目标
    '93,800.00', // 销售实际, from the ERP import
    '93.8%',
    '2,535.00',
    '-507.00',
    '样品遗失',
    '-28.00',
    '应发奖金2,000.00',
    '营销代表签字',
    '区域经理签字',
  ])
    expect(word.text).toContain(figure);

  // The approved month goes to payroll as an Excel sheet.
  const payroll = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出奖金发放表' }).click();
  const sheet = await payroll;
  expect(sheet.suggestedFilename()).toBe('奖金发放表-2026-11.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await sheet.path());
  const rows = wb.getWorksheet('奖金发放表')!.getSheetValues();
  expect(rows.find((r) => Array.isArray(r) && r[2] === REP.name)).toEqual(
    expect.arrayContaining([2535, -507, -28, 2000, MANAGER.name]),
  );
});
