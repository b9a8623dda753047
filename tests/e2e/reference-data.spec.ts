import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { erpSheet } from '../helpers/erp-sheet';
import { HQ_ADMIN, MANAGER, seedHeadOffice, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { HqReferencePages, OfficeReferencePage } from './pages/reference-page';
import { screenshot } from './pages/screenshots';

/** Wednesday 2 December 2026, 10:00 in the office. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

const SHIPMENT_HEADERS = [
  '发货单号',
  '发货日期',
  '经销商编码',
  '区域编码',
  '产品编码',
  '批号',
  '起始箱码',
  '结束箱码',
  '数量',
  '单价(元)',
];

test('head office imports shipments from Excel and publishes; the office trusts its key and imports', async ({
  page,
  host,
  headOfficeHost,
}, testInfo) => {
  await headOfficeHost.setClock(DEC_2);
  await host.setClock(DEC_2);
  await seedHeadOffice(page, headOfficeHost.url);
  await seedOffice(page, host.url);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.setFixedTime(new Date(DEC_2));

  // Head office: products and dealers from their Excel lists.
  await page.goto(headOfficeHost.url);
  await new SignInPage(page).signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  const hq = new HqReferencePages(page);
  await hq.pickSheet(
    '产品目录',
    '产品目录.xlsx',
    await erpSheet(
      [
        ['P1001', '康健牌复方丹参片', '0.32g×60片', '盒'],
        ['P1002', '康健牌板蓝根颗粒', '10g×20袋', '盒'],
      ],
      ['产品编码', '产品名称', '规格', '单位'],
    ),
  );
  await expect(hq.preview).toContainText('康健牌复方丹参片');
  await screenshot(page, 'ref-import-products-preview');
  await expect(await hq.importChecked()).toContainText('新增 2');

  await hq.pickSheet(
    '经销商名录',
    '经销商.xlsx',
    await erpSheet(
      [
        ['D1001', '南京医药股份', 'HD-01', 'XY-2026-011', '正常', '否'],
        ['D3001', '杭州华东医药连锁', 'HD-03', 'XY-2026-031', '正常', '是'],
      ],
      ['经销商编码', '经销商名称', '区域编码', '协议编号', '协议状态', '辐射经营'],
    ),
  );
  await expect(await hq.importChecked()).toContainText('新增 2');

  // A dealer edited by hand: shipments to it stop, with the reason.
  await hq.open('经销商名录');
  const dealers = page.getByRole('table', { name: '经销商名录' });
  await expect(dealers).toContainText('杭州华东医药连锁');
  await dealers.getByRole('button', { name: '编辑 D3001' }).click();
  await hq.dialog.getByLabel('停止发货', { exact: true }).check();
  await hq.dialog.getByRole('button', { name: '保存' }).click();
  await expect(hq.dialog.getByText('停止发货原因至少2个字')).toBeVisible();
  await hq.dialog.getByLabel('停止发货原因').fill('未按期交商品流向单');
  await screenshot(page, 'ref-dealer-edit');
  await hq.dialog.getByRole('button', { name: '保存' }).click();
  await expect(hq.dialog).toBeHidden();
  await expect(dealers.getByRole('row', { name: /D3001/ })).toContainText(
    '自 2026-12-02 起停止:未按期交商品流向单',
  );
  await screenshot(page, 'ref-dealers');
  // The list goes out to Excel with the import's columns, the stop included.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const dealerBook = await exported;
  expect(dealerBook.suggestedFilename()).toBe('经销商名录.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await dealerBook.path())!) as unknown as ArrayBuffer);
  const rows = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
  expect(rows.map((r) => [r[1], r[8]])).toEqual([
    ['D1001', ''],
    ['D3001', '未按期交商品流向单'],
  ]);

  // A 规定价 from October on.
  await hq.open('规定价');
  await page.getByRole('button', { name: '添加规定价' }).click();
  await hq.dialog.getByRole('combobox', { name: '产品' }).fill('P1001');
  await page.getByRole('option', { name: /P1001/ }).click();
  await hq.dialog.getByLabel('执行日期').fill('2026-10-01');
  await hq.dialog.getByLabel('规定价(元)').fill('25.8');
  await screenshot(page, 'ref-price-add');
  await hq.dialog.getByRole('button', { name: '保存规定价' }).click();
  await expect(hq.dialog).toBeHidden();
  const prices = page.getByRole('table', { name: '规定价表' });
  await expect(prices.getByRole('row', { name: /P1001/ })).toContainText('25.80');
  await expect(prices.getByRole('row', { name: /P1001/ })).toContainText('执行中');
  await screenshot(page, 'ref-prices');
  await hq.open('产品目录');
  await expect(
    page.getByRole('table', { name: '产品目录' }).getByRole('row', { name: /P1001/ }),
  ).toContainText('25.80');
  await screenshot(page, 'ref-products');

  // Shipments: a sheet with mistakes is refused row by row and nothing is stored.
  await hq.pickSheet(
    '发货明细',
    '发货明细-有误.xlsx',
    await erpSheet(
      [
        [
          'FH20261103',
          '2026-11-03',
          'D1001',
          '',
          'P1001',
          'B261101',
          '600100000001',
          '600100000100',
          100,
          24.5,
        ],
        ['FH20261104', '11月4日', 'D9999', '', 'P1001', 'B261101', '600100000101', '600100000200', 100, 24.5],
      ],
      SHIPMENT_HEADERS,
    ),
  );
  await expect(hq.problems).toContainText('第 3 行');
  await expect(hq.problems).toContainText('发货日期“11月4日”无法识别');
  await expect(hq.importButton()).toBeDisabled();
  await screenshot(page, 'ref-import-shipments-errors');

  // The corrected sheet goes in.
  await hq.pickSheet(
    '发货明细',
    '发货明细.xlsx',
    await erpSheet(
      [
        [
          'FH20261103',
          '2026-11-03',
          'D1001',
          '',
          'P1001',
          'B261101',
          '600100000001',
          '600100000100',
          100,
          24.5,
        ],
        [
          'FH20261104',
          '2026-11-04',
          'D3001',
          '',
          'P1002',
          'B261102',
          '600200000001',
          '600200000050',
          50,
          18.9,
        ],
      ],
      SHIPMENT_HEADERS,
    ),
  );
  await expect(hq.preview.getByRole('row', { name: /FH20261104/ })).toContainText('HD-03');
  await screenshot(page, 'ref-import-shipments-preview');
  const shipped = await hq.importChecked();
  await expect(shipped).toContainText('共 2 行');
  await screenshot(page, 'ref-import-shipments-done');

  // The registry answers a carton code.
  await hq.open('发货明细');
  await page.getByLabel('批号或箱码').fill('600200000020');
  await page.getByLabel('批号或箱码').press('Enter');
  const found = page.getByRole('table', { name: '发货记录' });
  await expect(found).toContainText('杭州华东医药连锁');
  await expect(found).toContainText('已停止发货');
  await screenshot(page, 'ref-shipments-lookup');

  // A late 发货单 typed in by hand: the import's rules answer at the form, then it is found.
  await page.getByRole('button', { name: '登记发货' }).click();
  const entry = page.getByRole('dialog', { name: '登记发货' });
  await entry.getByLabel('发货单号').fill('FH20261205');
  await entry.getByRole('combobox', { name: '经销商' }).fill('D1001');
  await page.getByRole('option', { name: /D1001/ }).click();
  await entry.getByRole('combobox', { name: '产品' }).fill('P1001');
  await page.getByRole('option', { name: /P1001/ }).click();
  await entry.getByLabel('批号').fill('B261205');
  await entry.getByLabel('起始箱码').fill('600100000900');
  await entry.getByLabel('结束箱码').fill('600100000851');
  await entry.getByLabel('数量').fill('50');
  await entry.getByLabel('单价(元)').fill('24.5');
  await entry.getByRole('button', { name: '保存发货记录' }).click();
  await expect(entry.getByRole('alert')).toContainText('起始箱码 600100000900 大于结束箱码 600100000851');
  await screenshot(page, 'ref-shipment-entry');
  await entry.getByLabel('起始箱码').fill('600100000851');
  await expect(entry.getByRole('alert')).toBeHidden();
  await entry.getByLabel('结束箱码').fill('600100000900');
  await entry.getByRole('button', { name: '保存发货记录' }).click();
  await expect(entry).toBeHidden();
  await expect(found).toContainText('FH20261205');
  await expect(found).toContainText('南京医药股份');

  // 下发参考数据: the key's fingerprint, then a full bundle downloaded.
  const fingerprint = await hq.fingerprint();
  await expect(page.getByRole('status', { name: '发布状态' })).toContainText('尚未发布过');
  await screenshot(page, 'ref-publish');
  const bundlePath = testInfo.outputPath('reference.zip');
  const fileName = await hq.publish('全量', bundlePath);
  expect(fileName).toMatch(/^reference-full-0-\d+\.zip$/);
  await expect(page.getByRole('status', { name: '发布状态' })).toContainText('此后没有新的变更');
  await expect(page.getByRole('status').filter({ hasText: '已发布' })).toContainText('发货明细 3 条');
  await screenshot(page, 'ref-published');
  await new SignInPage(page).signOut();

  // The office manager: head office's key is confirmed on the first import.
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const office = new OfficeReferencePage(page);
  await office.open();
  await expect(office.current).toContainText('尚未导入');
  await office.pick(bundlePath);
  await expect(office.bundle).toContainText('首次导入,需确认销售部公钥指纹');
  await expect(office.bundle).toContainText('全量');
  await screenshot(page, 'ref-receive-inspected');
  await office.bundle.getByRole('button', { name: '确认指纹并导入' }).click();
  await expect(hq.dialog.getByLabel('公钥指纹', { exact: true })).toHaveText(fingerprint);
  await screenshot(page, 'ref-receive-trust');

  // Polls of the job are held until the bar and its cancel button have been seen.
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/refBundles.job', async (route) => {
    await released;
    await route.continue();
  });
  await hq.dialog.getByRole('button', { name: '确认一致并导入' }).click();
  await expect(office.progress).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: '正在导入' })).toBeVisible();
  await expect(page.getByRole('button', { name: '取消导入' })).toBeVisible();
  await screenshot(page, 'ref-receive-progress');
  release();
  const done = page.getByRole('status').filter({ hasText: '参考数据已更新至' });
  await expect(done).toContainText('已登记销售部的公钥');
  await expect(done).toContainText('发货明细 3 条');
  await expect(office.progress).toBeHidden();
  await expect(office.current).toContainText(/第 \d+ 号变更/);
  await expect(office.current).toContainText(fingerprint);
  await expect(office.current).toContainText('发货明细 3 条');
  await expect(office.current).toContainText('10:00 导入');
  await screenshot(page, 'ref-receive-done');

  // The same bundle again is refused as the API says, and nothing is imported.
  await page.unrouteAll();
  await office.pick(bundlePath);
  await expect(office.bundle).toContainText('不能导入');
  await expect(office.bundle.getByRole('alert')).toContainText('已导入过或较旧');
  await expect(office.bundle.getByRole('button', { name: /导入/ })).toHaveCount(0);
  await screenshot(page, 'ref-receive-refused');
});
