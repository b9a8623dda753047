import { join } from 'node:path';
import { erpSheet } from '../helpers/erp-sheet';
import { call, CLERK, HQ_ADMIN, MANAGER, REP, seedHeadOffice, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { OFFICE, SignInPage } from './pages/app-pages';
import { ChannelPage } from './pages/channel-page';
import { HqChannelPage } from './pages/hq-channel-page';
import { HqReferencePages, OfficeReferencePage } from './pages/reference-page';
import { screenshot } from './pages/screenshots';

/** Tuesday 8 December 2026, 10:00: head office publishes, the office imports, a carton is found. */
const DEC_8 = '2026-12-08T02:00:00.000Z';
/** Monday 4 January 2027: December's monthly bundle goes to head office. */
const JAN_4 = '2027-01-04T02:00:00.000Z';

/** Region A: where head office shipped the goods. The office below is region B (华东, HD-01). */
const DEALER = { code: 'D-SZ01', name: '苏州华康医药', region: 'HD-03' };
const PRODUCT = { code: 'KJ-100', name: '康健牌血糖试纸' };
const CARTON = 'C0002077';

// A 1×1 PNG: photos are checked by content, not by name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('a region-A carton found in region B: reference data down from head office, the F11 and its 5× fines, and the case back up under both regions', async ({
  page,
  host,
  headOfficeHost,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await headOfficeHost.setClock(DEC_8);
  await host.setClock(DEC_8);
  await page.clock.setFixedTime(new Date(DEC_8));
  await seedHeadOffice(page, headOfficeHost.url);
  await seedOffice(page, host.url, { since: '2026-11-02' });
  const signIn = new SignInPage(page);

  // Head office: the product, its 规定价 and the dealer are on file; the shipments come from Excel.
  await call(page, headOfficeHost.url, 'auth.signIn', {
    username: HQ_ADMIN.username,
    password: HQ_ADMIN.password,
  });
  await call(page, headOfficeHost.url, 'reference.saveProduct', {
    code: PRODUCT.code,
    name: PRODUCT.name,
    spec: '50片/盒',
    unit: '盒',
  });
  await call(page, headOfficeHost.url, 'reference.savePrice', {
    productCode: PRODUCT.code,
    effectiveFrom: '2026-01-01',
    priceFen: 13_000,
  });
  await call(page, headOfficeHost.url, 'reference.saveDealer', {
    code: DEALER.code,
    name: DEALER.name,
    regionCode: DEALER.region,
    agreementNo: 'XY-2026-031',
    agreementStatus: 'active',
  });
  await call(page, headOfficeHost.url, 'auth.signOut', {});
  await page.goto(headOfficeHost.url);
  await signIn.signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  const hq = new HqReferencePages(page);
  await hq.pickSheet(
    '发货明细',
    '发货明细.xlsx',
    await erpSheet(
      [
        [
          'FH-1103',
          '2026-11-03',
          DEALER.code,
          '',
          PRODUCT.code,
          '20261103',
          'C0002000',
          'C0002199',
          200,
          110,
        ],
        [
          'FH-1104',
          '2026-11-04',
          DEALER.code,
          '',
          PRODUCT.code,
          '20261104',
          'C0002200',
          'C0002299',
          100,
          110,
        ],
      ],
      [
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
      ],
    ),
  );
  await expect(await hq.importChecked()).toContainText('共 2 行');
  const hqFingerprint = await hq.fingerprint();
  const bundlePath = testInfo.outputPath('reference.zip');
  await hq.publish('全量', bundlePath);
  await signIn.signOut();

  // The office manager compares head office's fingerprint and imports the bundle.
  await page.goto(host.url);
  await signIn.signIn(MANAGER.username, MANAGER.password);
  const officeFingerprint = ((await call(page, host.url, 'keys.info', {})) as { fingerprint: string })
    .fingerprint;
  const received = new OfficeReferencePage(page);
  await received.open();
  await received.pick(bundlePath);
  await received.bundle.getByRole('button', { name: '确认指纹并导入' }).click();
  const trust = page.getByRole('dialog');
  await expect(trust.getByLabel('公钥指纹', { exact: true })).toHaveText(hqFingerprint);
  await trust.getByRole('button', { name: '确认一致并导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '参考数据已更新至' })).toContainText(
    '发货明细 2 条',
  );
  await signIn.signOut();

  // The clerk scans the carton found on a shelf in Nanjing: region A's dealer, flagged.
  await signIn.signIn(CLERK.username, CLERK.password);
  const channel = new ChannelPage(page);
  await channel.pressLookupKey();
  await channel.scan(CARTON);
  await expect(channel.answer).toContainText(DEALER.name);
  await expect(channel.answer).toContainText(DEALER.region);
  await expect(channel.answer).toContainText(PRODUCT.name);
  await expect(channel.answer.getByText('非本区域', { exact: true })).toBeVisible();
  await screenshot(page, 'walk-lookup');

  // 登记窜货/低价: the F11 comes pre-filled from the answer; the clerk adds what was seen.
  await channel.answer.getByRole('button', { name: '登记窜货/低价' }).click();
  const form = channel.registerDialog;
  await expect(form.getByRole('textbox', { name: '产品编码', exact: true })).toHaveValue(PRODUCT.code);
  await expect(form.getByRole('textbox', { name: '批号', exact: true })).toHaveValue('20261103');
  await expect(form.getByRole('textbox', { name: '箱码', exact: true })).toHaveValue(CARTON);
  await expect(form).toContainText(DEALER.name);
  await form.getByRole('textbox', { name: '地点', exact: true }).fill('南京市鼓楼区湖南路康乐药店');
  await channel.fillDate(form, '销售日期', '2026-12-05');
  await form.getByRole('textbox', { name: '数量', exact: true }).fill('40');
  await form.getByRole('textbox', { name: '售价(元)', exact: true }).fill('119.90');
  await expect(form.getByTestId('list-price')).toContainText('130.00 元');
  await channel.pick(form, '举报人', REP.name);
  await form.getByRole('textbox', { name: '数量', exact: true }).press('Enter');
  await expect(form).toBeHidden();
  await expect(channel.caseStatus).toHaveText('登记');
  await channel.attach([
    { name: '货架照片.png', mimeType: 'image/png', buffer: PNG },
    { name: '纸箱箱码.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await signIn.signOut();

  // The manager verifies and confirms: 当事人 and 直接主管 each (130.00 − 119.90) × 40 × 5.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await channel.openCases();
  await page.getByRole('table', { name: '案件列表' }).getByRole('row').nth(1).click();
  await channel.moveTo('转为核实中', '核对药店购进票据');
  await page.getByRole('button', { name: '作出核实结论' }).click();
  const decide = page.getByRole('dialog', { name: /^核实结论/ });
  await decide.getByRole('textbox', { name: '核实结果', exact: true }).fill('药店购进票据与箱码属实');
  await decide.getByLabel('处理决定', { exact: true }).fill('当事人及直接主管各罚差价5倍');
  await channel.pick(decide, '当事人', REP.name);
  await decide.getByRole('button', { name: '确认成立' }).click();
  await expect(decide).toBeHidden();
  await expect(channel.caseStatus).toHaveText('成立');
  await expect(page.getByRole('heading', { name: '证据(2)' })).toBeVisible();
  for (const name of [REP.name, MANAGER.name]) {
    const notice = await channel.download(page.getByRole('button', { name: `下载${name}的罚款通知单` }));
    expect(notice.text).toContain(name);
    expect(notice.text).toContain('2,020.00');
  }
  await signIn.signOut();

  // January: the manager sends December, the month the case was found and decided.
  await host.setClock(JAN_4);
  await page.clock.setFixedTime(new Date(JAN_4));
  await page.reload();
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('月度报送').click();
  await page.getByRole('button', { name: /导出数据包$/ }).click();
  await expect(page.getByText('第 1 版已保存到发件箱')).toBeVisible({ timeout: 30_000 });
  await signIn.signOut();

  // Head office imports it and finds the case under the region it was found in and under region A.
  await headOfficeHost.setClock(JAN_4);
  await page.goto(headOfficeHost.url);
  await signIn.signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('导入数据包').click();
  const fileName = `${OFFICE.regionCode}-2026-12-r1.zip`;
  await page.locator('input[type="file"]').setInputFiles(join(host.dataDir, 'outbox', fileName));
  const row = page.getByRole('row', { name: new RegExp(fileName.replace(/\./g, '\\.')) });
  await row.getByRole('button', { name: '确认指纹并导入' }).click();
  await expect(page.getByRole('dialog')).toContainText(officeFingerprint);
  await page.getByRole('dialog').getByRole('button', { name: '确认一致并导入' }).click();
  await expect(row).toContainText('已导入');

  const cases = new HqChannelPage(page);
  await cases.open();
  await expect(cases.cell(OFFICE.regionName, '2026年12月')).toHaveAccessibleName(/ 1 件$/);
  await expect(cases.cell(DEALER.region, '2026年12月')).toHaveAccessibleName(/ 1 件$/);
  for (const region of [`${OFFICE.regionName}(${OFFICE.regionCode})`, DEALER.region]) {
    await cases.chooseRegion(region);
    await expect(cases.caseRows).toHaveCount(1);
    await expect(cases.caseRows.first()).toContainText('跨区域');
    await expect(cases.caseRows.first()).toContainText(DEALER.name);
    await expect(cases.caseRows.first()).toContainText('4,040.00');
  }
  await screenshot(page, 'walk-hq-cases');
});
