import { erpSheet } from '../helpers/erp-sheet';
import { CLERK, MANAGER, seedOffice } from './api-seed';
import { NANJING, seedFlowReference, ZHENJIANG } from './flow-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { ChannelFlowsPage } from './pages/channel-flows-page';
import { readWordDownload } from './pages/form-page';
import { screenshot } from './pages/screenshots';

/** Tuesday 8 December 2026, 10:00 in the office: November's F10s were due by the 5th. */
const DEC_8 = '2026-12-08T02:00:00.000Z';
const NOV = '2026年11月';

/** 南京康达医药's own sheet, in its own words for the columns. */
const DEALER_HEADERS = ['日期', '商品编码', '生产批号', '数量', '客户名称', '所在区域'];
const NOVEMBER_SALES = [
  ['2026-11-05', 'KJ-100', '20261101', 200, '南京市鼓楼医院', 'HD-01'],
  // 350 of a batch only 300 were shipped of, and a buyer in another region.
  ['2026-11-12', 'KJ-100', '20261101', 150, '苏州市姑苏区康民药房', 'HD-02'],
  ['2026-11-20', 'KJ-200', '20261103', 40, '镇江市第一人民医院', 'HD-01'],
];

test('the clerk imports a dealer’s Excel F10, the reconciliation flags the over-flowed batch and the outside buyer, and the dealer without an F10 stays under 建议停止发货', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await host.setClock(DEC_8);
  await page.clock.setFixedTime(new Date(DEC_8));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  seedFlowReference(host.dataDir);
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  const flows = new ChannelFlowsPage(page);

  // Last month opens by default; nobody has handed in November yet.
  await signIn.signIn(CLERK.username, CLERK.password);
  await flows.open();
  await expect(flows.dealerRow(NOV, NANJING.name)).toContainText('未提交');
  await expect(flows.dealerRow(NOV, '扬州本地药房')).toContainText('无须提交');
  await expect(flows.stopAdvice).toContainText(NANJING.name);
  await expect(flows.stopAdvice).toContainText(ZHENJIANG.name);
  await screenshot(page, 'channel-flows-month-before');

  // A sheet with a bad row is refused whole, each problem by its Excel row.
  await flows.startImport(NANJING.name);
  await flows.setDate('收到日期', '2026-12-04');
  const bad = NOVEMBER_SALES.map((r) => [...r]);
  bad[1]![3] = '一百五';
  bad[2]![0] = '2026-10-30';
  await flows.chooseSheet('康达11月流向.xlsx', await erpSheet(bad, DEALER_HEADERS));
  await expect(flows.problems).toContainText('第 3 行:数量“一百五”须为大于 0 的整数。');
  await expect(flows.problems).toContainText(
    '第 4 行:销售日期 2026-10-30 不在 2026-11 内,请核对月份或日期。',
  );
  await expect(page.getByRole('button', { name: /^导入 3 行流向/ })).toBeDisabled();
  await screenshot(page, 'channel-flows-import-problems');

  // The corrected sheet: columns guessed from the dealer's headers, checked, imported.
  await flows.chooseSheet('康达11月流向.xlsx', await erpSheet(NOVEMBER_SALES, DEALER_HEADERS));
  await expect(page.getByText('共 3 行,将作为 南京康达医药 2026年11月')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '批号' })).toHaveValue('生产批号');
  await screenshot(page, 'channel-flows-import-ready');
  await page.getByRole('button', { name: '导入 3 行流向' }).click();

  // The F10 as stored, with its reconciliation: batch 20261101 flowed 350 of 300, one buyer outside.
  await expect(page.getByRole('heading', { name: `商品流向单 · ${NANJING.name} · ${NOV}` })).toBeVisible();
  await expect(page.getByText(/^已导入 南京康达医药 2026年11月的流向单 3 行,对账有异常/)).toBeVisible();
  await expect(page.getByRole('alert', { name: '对账有异常' })).toContainText('1 行购货单位不在 HD-01 区域');
  const over = flows.batchTable.locator('tbody tr').filter({ hasText: '20261101' });
  await expect(over).toContainText('300');
  await expect(over).toContainText('350');
  await expect(over).toContainText('流向超出发货 50');
  await expect(over).toHaveAttribute('data-finding', 'true');
  await expect(flows.batchTable.locator('tbody tr').filter({ hasText: '20261103' })).toContainText('相符');
  const outside = flows.buyerTable.locator('tbody tr').filter({ hasText: '苏州市姑苏区康民药房' });
  await expect(outside).toContainText('HD-02 区域外');
  await expect(outside).toHaveAttribute('data-finding', 'true');
  await expect(flows.cell(2, '数量')).toHaveValue('150');
  await screenshot(page, 'channel-flows-reconciliation');

  // The F10 on paper: the print preview and the Word file are built from one document.
  await page.getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: `商品流向单 · ${NANJING.name} · ${NOV} 打印预览` });
  await expect(preview.getByText('商品流向单', { exact: true })).toBeVisible();
  await expect(preview).toContainText('苏州市姑苏区康民药房');
  await expect(preview).toContainText('※ 流向超出发货 50');
  await screenshot(page, 'channel-flows-print-preview');
  await preview.getByText(/^区域经理:/).scrollIntoViewIfNeeded();
  await screenshot(page, 'channel-flows-print-preview-end');
  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载Word' }).click();
  const word = await readWordDownload(await downloading);
  expect(word.fileName).toBe(`商品流向单-${NANJING.name}-2026-11.docx`);
  expect(word.text).toContain(NANJING.name);
  expect(word.xml).toContain('<w:tblHeader/>');

  // Back in the month: 南京 is in on time but does not reconcile; 镇江 is still missing.
  await page.getByRole('button', { name: '返回月度列表' }).click();
  await expect(flows.dealerRow(NOV, NANJING.name)).toContainText('按时');
  await expect(flows.dealerRow(NOV, NANJING.name)).toContainText('有异常');
  await expect(flows.stopAdvice).not.toContainText(NANJING.name);
  await expect(flows.stopAdvice).toContainText(
    `${ZHENJIANG.name}(${ZHENJIANG.code}):2026-11 商品流向单逾期未交`,
  );
  await screenshot(page, 'channel-flows-month-after');

  // 镇江's paper arrives today: typed into the grid from the keyboard alone.
  await flows.openEntry(ZHENJIANG.name);
  await flows.cell(1, '销售日期').fill('18');
  await page.keyboard.press('Enter');
  await expect(flows.cell(1, '销售日期')).toHaveValue('2026-11-18');
  await expect(flows.cell(1, '产品编码')).toBeFocused();
  await page.keyboard.type('KJ-200');
  await page.keyboard.press('Enter');
  await page.keyboard.type('20261103');
  await page.keyboard.press('Tab');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await page.keyboard.type('镇江市京口区仁和大药房');
  await page.keyboard.press('Enter');
  await page.keyboard.type('HD-01');
  await page.keyboard.press('Enter');
  // Enter on the last cell adds a line, its date carried over; an empty line is left out on saving.
  await expect(flows.cell(2, '销售日期')).toHaveValue('2026-11-18');
  await expect(flows.cell(2, '产品编码')).toBeFocused();
  await expect(page.getByText(/有未保存的改动,草稿已存于本机/)).toBeVisible();
  await screenshot(page, 'channel-flows-entry-grid');
  // Leaving asks first.
  await page.getByRole('button', { name: '返回月度列表' }).click();
  await expect(page.getByRole('dialog', { name: '流向单还没有保存' })).toBeVisible();
  await page.getByRole('button', { name: '继续录入' }).click();
  await page.getByRole('button', { name: '保存流向单' }).click();
  await expect(page.getByText('流向单已保存,对账相符。')).toBeVisible();
  await expect(page.getByText('逾期提交', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '返回月度列表' }).click();
  // Handed in after the 5th: still advised, now as late.
  await expect(flows.stopAdvice).toContainText(
    `${ZHENJIANG.name}(${ZHENJIANG.code}):2026-11 商品流向单逾期提交`,
  );
  await signIn.signOut();

  // The manager's settings: the fine multiple never below the regulation's 5.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await flows.openSettings();
  await expect(page.getByRole('textbox', { name: '商品流向单截止日' })).toHaveValue('次月 5 日');
  await page.getByRole('textbox', { name: '低价销售罚款倍数' }).fill('4');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('罚款倍数不能低于制度规定的5倍')).toBeVisible();
  await screenshot(page, 'channel-flows-settings');
  await page.getByRole('textbox', { name: '低价销售罚款倍数' }).fill('6');
  await page.getByRole('textbox', { name: '商品流向单截止日' }).fill('10');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('渠道管控设置已保存。')).toBeVisible();
  // With the 10th as due day, 镇江's F10 of the 8th is on time: no more advice.
  await flows.open();
  await expect(flows.dealerRow(NOV, ZHENJIANG.name)).toContainText('按时');
  await expect(flows.stopAdvice).toHaveCount(0);
});
