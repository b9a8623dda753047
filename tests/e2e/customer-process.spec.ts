import { erpSheet } from '../helpers/erp-sheet';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { CustomersPage } from './pages/customers-page';
import { readWordDownload } from './pages/form-page';
import { PipelinePage } from './pages/pipeline-page';
import { screenshot } from './pages/screenshots';

/** Monday 2 November 2026, 10:00 in the office: the customer list comes over from Excel. */
const NOV_2 = '2026-11-02T02:00:00.000Z';
/** Friday 20 November: the rep visits the A customer. */
const NOV_20 = '2026-11-20T02:00:00.000Z';
/** Wednesday 2 December: a week past the A customer's 7-day interval. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

const HUADONG = '华东医药集团';
const DEAL = '2027年度冷链配送设备';

const HEADERS = ['客户编号', '客户名称', '客户类型', '客户等级', '城市', '负责人', '联系人', '电话'];

/** The office's old list: the A customer first, then 199 D customers the rep looks after. */
function customerRows(): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['KH0001', HUADONG, '经销商', 'A', '南京', REP.name, '周海涛', '13805516624'],
  ];
  for (let i = 2; i <= 200; i++) {
    const n = String(i).padStart(4, '0');
    rows.push([`KH${n}`, `苏南客户${n}`, '终端', 'D', '苏州', REP.name, `联系人${n}`, `0512-66${n}11`]);
  }
  return rows;
}

test('200 customers come from Excel, an approved visit sets the last contact, the overdue customer reaches the rep’s home and plan, a deal passes the SOP gates with one override, and the card prints', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await host.setClock(NOV_2);
  await page.clock.setFixedTime(new Date(NOV_2));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  const customers = new CustomersPage(page);

  // The clerk's old list, 200 rows, checked before anything is stored, then imported at once.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await customers.open();
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择 Excel 文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '客户名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await erpSheet(customerRows(), HEADERS),
  });
  await expect(page.getByText('共 200 行:新增 200 个客户,更新 0 个。')).toBeVisible();
  await page.getByRole('button', { name: /^导入 200 个客户/ }).click();
  await expect(page.getByText(/^已导入 200 个客户/)).toBeVisible();
  await customers.search.fill('华东');
  await expect(customers.rows(customers.list)).toHaveCount(1);
  await expect(customers.list).toContainText('从未联系');
  await signIn.signOut();

  // 20 November: the rep's visit to the A customer, for an order, handed in and approved.
  await host.setClock(NOV_20);
  await call(page, host.url, 'auth.signIn', { username: REP.username, password: REP.password });
  const [found] = (await call(page, host.url, 'customers.search', { query: HUADONG })) as { id: number }[];
  const visit = {
    start: '09:00',
    end: '10:10',
    customerName: HUADONG,
    customerId: found!.id,
    customerType: '经销商',
    contact: '周海涛',
    phone: '13805516624',
    method: '现场',
    purpose: '订单跟进',
    result: '确认冷链设备需求,约定下月报价',
    needs: '',
    competitors: '',
    nextStep: '准备报价',
    nextVisit: '',
  };
  const draft = (await call(page, host.url, 'reports.saveDraft', {
    formCode: 'F01',
    periodKey: '2026-11-20',
    data: { plannedVisits: 1, actualVisits: 1, visits: [visit], summary: '' },
    expectedVersion: null,
  })) as { id: number; version: number };
  await call(page, host.url, 'reports.submit', { id: draft.id, expectedVersion: draft.version });
  await call(page, host.url, 'pipeline.create', {
    customerId: found!.id,
    title: DEAL,
    productLine: '冷链',
    amount: 260_000,
    expectedClose: '2027-01-20',
  });
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  await call(page, host.url, 'reports.approve', { id: draft.id, comment: '' });
  await call(page, host.url, 'auth.signOut', {});

  // 2 December: seven days for an A customer have run out five days ago.
  await host.setClock(DEC_2);
  await page.clock.setFixedTime(new Date(DEC_2));
  await page.reload();
  await signIn.signIn(REP.username, REP.password);
  const card = page.getByRole('region', { name: '客户联系提醒' });
  await expect(card.getByRole('button', { name: HUADONG })).toBeVisible();
  await expect(card).toContainText('逾期');
  await screenshot(page, 'process-rep-home');
  await card.getByRole('button', { name: HUADONG }).click();
  const reminders = page.getByRole('table', { name: '待联系客户', exact: true });
  await expect(reminders.getByRole('row', { name: new RegExp(`${HUADONG}.*已逾期 5 天`) })).toBeVisible();
  await reminders.getByRole('row', { name: new RegExp(HUADONG) }).click();
  const contact = page.getByRole('region', { name: '定期联系' });
  await expect(contact).toContainText('2026-11-20');
  await expect(contact).toContainText('2026-11-27');
  await expect(page.getByRole('heading', { name: /联系记录\(1\)/ })).toBeVisible();
  await expect(page.getByText('确认冷链设备需求,约定下月报价')).toBeVisible();

  // This week's 周报 plans next week: the overdue customer is offered as a row.
  await page.goto(`${host.url}/#/reports/F03/me/2026-W49`);
  await page.getByRole('button', { name: '加入待联系客户 (1)' }).click();
  const offer = page.getByRole('dialog', { name: '加入待联系客户' });
  await expect(offer.getByRole('checkbox', { name: new RegExp(HUADONG) })).toBeChecked();
  await offer.getByRole('button', { name: '加入所选 (1)' }).click();
  const planned = page.getByRole('group', { name: '日程 1' });
  await expect(planned.getByRole('textbox', { name: '区域/客户' })).toHaveValue(HUADONG);
  await expect(planned.getByRole('textbox', { name: '日期' })).toHaveValue('2026-12-07');
  await screenshot(page, 'process-f03-offer');

  // The deal goes through 商机, 洽谈 and 报价 with its checklist, from the drawer.
  const pipeline = new PipelinePage(page);
  await pipeline.open();
  const deal = pipeline.card(HUADONG, DEAL);
  await pipeline.press(deal, 'Enter');
  const drawer = pipeline.drawer(HUADONG, DEAL);
  for (const [stage, items, next] of [
    ['商机', ['确认客户需求', '确认决策人'], '洽谈'],
    ['洽谈', ['提交解决方案'], '报价'],
  ] as const) {
    for (const item of items) {
      const box = pipeline.checklist(drawer, stage).getByRole('checkbox', { name: item });
      // Ticked once the office has recorded it.
      await box.click();
      await expect(box).toBeChecked();
    }
    await drawer.getByRole('button', { name: `推进到“${next}”` }).click();
    await expect(
      drawer.getByRole('button', { name: `推进到“${next === '洽谈' ? '报价' : '合同'}”` }),
    ).toBeVisible();
  }
  await pipeline.checklist(drawer, '报价').getByRole('textbox', { name: '报价单号' }).fill('BJ-2026-311');
  await page.keyboard.press('Enter');
  await expect(
    pipeline.checklist(drawer, '报价').getByRole('checkbox', { name: '报价已发出' }),
  ).toBeChecked();
  await drawer.getByRole('button', { name: '推进到“合同”' }).click();
  await expect(drawer.getByRole('button', { name: '推进到“交付”' })).toBeVisible();
  await page.keyboard.press('Escape');
  // The closing drawer hands focus back and the board reloads: move only once the card stands at 合同.
  await expect(drawer).toBeHidden();
  await expect(pipeline.column('合同').getByRole('button', { name: `${HUADONG} ${DEAL}` })).toBeVisible();

  // At 合同 the gate holds until the 合同编号 is given; the rep cannot override it.
  await pipeline.press(deal, 'Alt+ArrowRight');
  const gate = pipeline.gate('交付');
  await expect(gate).toContainText('缺合同编号');
  await expect(gate.getByRole('button', { name: '越过检查并移动' })).toHaveCount(0);
  await screenshot(page, 'process-gate');
  await gate.getByRole('button', { name: '打开检查清单补齐' }).click();
  await expect(pipeline.checklist(drawer, '合同').getByRole('textbox', { name: '合同编号' })).toBeFocused();
  await page.keyboard.type('HT-2026-208');
  await page.keyboard.press('Enter');
  await expect(
    pipeline.checklist(drawer, '合同').getByRole('checkbox', { name: '合同已签订' }),
  ).toBeChecked();
  await drawer.getByRole('button', { name: '推进到“交付”' }).click();
  await expect(drawer.getByRole('button', { name: '推进到“售后”' })).toBeVisible();
  await page.keyboard.press('Escape');
  await signIn.signOut();

  // The goods left before the 发货单 came back: the manager overrides once, with the reason.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await pipeline.open();
  await pipeline.press(deal, 'Alt+ArrowRight');
  const override = pipeline.gate('售后');
  await expect(override).toContainText('缺发货单号');
  await override.getByRole('textbox', { name: '越过检查的原因' }).fill('客户急用先行发货,发货单随后补录');
  await override.getByRole('button', { name: '越过检查并移动' }).click();
  await expect(override).toBeHidden();
  await expect(pipeline.column('售后').getByRole('button', { name: `${HUADONG} ${DEAL}` })).toBeVisible();
  await pipeline.press(deal, 'Enter');
  const history = drawer.getByRole('region', { name: '商机历史' });
  await expect(history).toContainText('越过检查移动:交付 → 售后');
  await expect(history).toContainText('客户急用先行发货,发货单随后补录');
  await page.keyboard.press('Escape');

  // The customer card prints: the preview and the Word file carry the file's facts and the visit.
  await customers.open();
  await customers.search.fill('华东');
  await customers.rows(customers.list).first().click();
  await page.getByRole('button', { name: '打印档案卡' }).click();
  const preview = page.getByRole('dialog', { name: `${HUADONG} 客户档案卡 打印预览` });
  await expect(preview).toContainText('客户档案卡');
  await expect(preview).toContainText('KH0001');
  await expect(preview).toContainText('周海涛');
  await expect(preview).toContainText('确认冷链设备需求');
  await screenshot(page, 'process-card-preview');
  await preview.getByRole('button', { name: '关闭' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '档案卡 Word' }).click();
  const word = await readWordDownload(await download);
  expect(word.fileName).toMatch(/客户档案卡.*\.docx$/);
  expect(word.text).toContain(HUADONG);
  expect(word.text).toContain('KH0001');
  expect(word.text).toContain('2026-11-20');
});
