import { erpSheet as erpExport } from '../helpers/erp-sheet';
import { expect, test } from './host-fixture';
import { CLERK, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('the clerk imports a month of actuals from the ERP: bad rows are listed and nothing is stored until the sheet is right', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(page, host.url);
  await page.goto(host.url);
  await new SignInPage(page).signIn(CLERK.username, CLERK.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('导入实际业绩').click();

  const choose = async (name: string, rows: unknown[][]) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择 Excel 文件' }).click();
    await (await chooser).setFiles({ name, mimeType: XLSX, buffer: await erpExport(rows) });
  };

  await choose('11月-有误.xlsx', [
    [REP.name, '2026-11', 1_230_000, 800_000],
    ['赵六', '2026-11', 100, 10],
    [REP.name, '2026-10', '一百万', 10],
  ]);
  const problems = page.getByRole('list', { name: '导入问题' });
  await expect(problems).toContainText('第 3 行:找不到营销代表“赵六”');
  await expect(problems).toContainText('第 4 行:销售额“一百万”不是金额。');
  await expect(page.getByRole('button', { name: /^导入 \d+ 行$/ })).toHaveCount(0);
  // The columns were recognised from the ERP's own headers.
  await expect(page.getByRole('combobox', { name: '营销代表' })).toHaveValue('业务员');
  await screenshot(page, 'actuals-problems');

  await choose('11月.xlsx', [[REP.name, '2026-11', 1_230_000, 800_000]]);
  await expect(page.getByText('检查通过')).toBeVisible();
  await page.getByRole('button', { name: '导入 1 行' }).click();
  await expect(page.getByText('已导入 1 行(2026-11)。')).toBeVisible();

  // The corrected November replaces the first: the preview names the figure that changes.
  await choose('11月-更正.xlsx', [[REP.name, '2026年11月', 1_250_000, 800_000]]);
  const changes = page.getByRole('table', { name: '将改变的数值' });
  await expect(changes.getByRole('row', { name: new RegExp(REP.name) })).toContainText('1,230,000.00');
  await expect(changes.getByRole('row', { name: new RegExp(REP.name) })).toContainText('1,250,000.00');
  await screenshot(page, 'actuals-changes');
  await page.getByRole('button', { name: '导入 1 行' }).click();
  await expect(page.getByText('已导入 1 行(2026-11)。').last()).toBeVisible();
});
