import ExcelJS from 'exceljs';
import { erpSheet } from '../helpers/erp-sheet';
import { expect, test } from './host-fixture';
import { MANAGER, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { readWordDownload } from './pages/form-page';
import { screenshot } from './pages/screenshots';

/** Wednesday 2 December 2026, 10:00 in the office: November is assessed. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

test("targets split by last year's shares and adjusted, November's actuals imported and corrected, the KPI page ranks the rep, and his approved bonus prints and goes to payroll", async ({
  page,
  host,
}) => {
  await host.setClock(DEC_2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(DEC_2));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);

  const nav = page.getByRole('navigation', { name: '主导航' });
  const importSheet = async (name: string, rows: unknown[][]) => {
    await nav.getByText('导入实际业绩').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择 Excel 文件' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await erpSheet(rows),
    });
    await page.getByRole('button', { name: `导入 ${rows.length} 行` }).click();
    await expect(page.getByText(new RegExp(`^已导入 ${rows.length} 行`))).toBeVisible();
  };

  // Last year's actuals: 40,000 a month to October, 100,000 in November and December (600,000).
  const lastYear = Array.from({ length: 12 }, (_, i) => [
    REP.name,
    `2025-${String(i + 1).padStart(2, '0')}`,
    i < 10 ? 40_000 : 100_000,
    0,
  ]);
  await importSheet('2025年.xlsx', lastYear);

  // The region's and the rep's 2026 target, split by last year's shares: November is 1/6 of it.
  await nav.getByText('销售目标').click();
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: '2026年' }).click();
  for (const scope of ['区域', '个人'] as const) {
    await page.getByRole('button', { name: `设定${scope}目标` }).click();
    const dialog = page.getByRole('dialog', { name: `设定2026年${scope}销售额目标` });
    if (scope === '个人') {
      await dialog.getByRole('combobox', { name: '营销代表' }).click();
      await page.getByRole('option', { name: REP.name }).click();
    }
    await dialog.getByLabel('年度目标(元)').fill('600000');
    await dialog.getByRole('radio', { name: '按去年各月占比' }).check();
    await expect(dialog.getByText('按2025年各月的官方销售额占比分解')).toBeVisible();
    await dialog.getByRole('button', { name: '保存目标' }).click();
    await expect(dialog).toBeHidden();
  }
  const targets = page.getByRole('table', { name: '2026年销售额目标' });
  await targets.getByRole('button', { name: REP.name }).click();
  const months = page.getByRole('table', { name: `${REP.name}各月目标` });
  await expect(months).toContainText('40,000.00');
  await expect(months).toContainText('100,000.00');

  // Q2 for the rep goes down with its reason; November's 100,000 stays.
  await targets
    .getByRole('row', { name: new RegExp(REP.name) })
    .getByRole('button', { name: '季度调整' })
    .click();
  const adjust = page.getByRole('dialog', { name: new RegExp(`季度调整:${REP.name}`) });
  await adjust.getByRole('combobox', { name: '调整季度' }).click();
  await page.getByRole('option', { name: '第2季度' }).click();
  for (const m of ['4月', '5月', '6月']) await adjust.getByLabel(`${m}(元)`).fill('30000');
  await adjust.getByLabel('调整原因').fill('二季度主力医院招标推迟');
  await adjust.getByRole('button', { name: '保存调整' }).click();
  await expect(adjust).toBeHidden();
  await expect(targets).toContainText('第2版');
  await expect(page.getByRole('alert').filter({ hasText: '区域目标与个人目标合计不一致' })).toContainText(
    '30,000.00',
  );

  // November's actuals from the ERP, then the clerk's correction of its collections.
  await importSheet('11月.xlsx', [[REP.name, '2026-11', 93_800, 60_000]]);
  await page.getByRole('button', { name: `更正${REP.name}的实际业绩` }).click();
  const correction = page.getByRole('dialog', { name: `更正实际业绩:${REP.name} 2026-11` });
  await correction.getByLabel('回款额(元)').fill('61500');
  await correction.getByRole('button', { name: '保存更正' }).click();
  await expect(correction.getByText('请写明更正原因')).toBeVisible();
  await correction.getByLabel('更正原因').fill('ERP 漏记 11 月 30 日回款');
  await correction.getByRole('button', { name: '保存更正' }).click();
  await expect(correction).toBeHidden();
  const official = page.getByRole('table', { name: '2026-11官方实际业绩' });
  await expect(official.getByRole('row', { name: new RegExp(REP.name) })).toContainText('61,500.00');
  await expect(official.getByRole('row', { name: new RegExp(REP.name) })).toContainText('更正');
  await screenshot(page, 'official-figures');

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
  await expect(basis).toContainText('实际数来源:更正;目标来源:销售目标');
  await expect(page.getByText('销售额:目标与实际(元)')).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('table', { name: `${REP.name}近12个月数据` })).toContainText('93.8%');
  await screenshot(page, 'kpi-november');

  // The quarter so far: October's 40,000 target had no sales, so 93,800 of 140,000.
  await page.getByRole('tab', { name: '季度与年度排名' }).click();
  await page.getByRole('combobox', { name: '期间' }).click();
  await page.getByRole('option', { name: '2026年第4季度' }).click();
  const quarter = page.getByRole('table', { name: '期间绩效排名' });
  await expect(quarter.getByRole('row', { name: new RegExp(REP.name) })).toContainText('67%');
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
  await expect(preview).toContainText('办事处更正');
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
    '93,800.00', // 销售实际, as the office corrected it
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
