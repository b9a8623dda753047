import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { CustomersPage } from './pages/customers-page';
import { screenshot } from './pages/screenshots';

/** Monday 2 November 2026, 10:00 in the office: the first customers are filed. */
const NOV_2 = '2026-11-02T02:00:00.000Z';
/** Saturday 14 November: one more A customer, due again a week later. */
const NOV_14 = '2026-11-14T02:00:00.000Z';
/** Friday 20 November: two customers are overdue, one is due tomorrow. */
const NOV_20 = '2026-11-20T02:00:00.000Z';

const GULOU = '南京市鼓楼医院';
const ZHENJIANG = '镇江大药房';
const YANGZHOU = '扬州医药连锁';
const XINJIEKOU = '新街口药店';

async function sheet(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户名称', '客户等级', '城市', '负责人', '联系人', '电话']);
  for (const r of rows) ws.addRow(r);
  const path = join(mkdtempSync(join(tmpdir(), 'customers-sheet-')), '客户名单.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

test('customer file, contact reminders and the plans’ offers, walked by the manager and a rep', async ({
  page,
  host,
}) => {
  await host.setClock(NOV_2);
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const people = (await call(page, host.url, 'people.list', {})) as { id: number; displayName: string }[];
  const rep = people.find((p) => p.displayName === REP.name)!.id;
  const file = async (name: string, grade: string, person?: { name: string; phones: string }) =>
    (
      (await call(page, host.url, 'customers.create', {
        name,
        type: '医院',
        grade,
        address: '',
        city: '南京',
        ownerId: rep,
        people: person ? [{ ...person, title: '采购科长' }] : [],
      })) as { id: number }
    ).id;
  await file(GULOU, 'A', { name: '周海涛', phones: '13805516624' });
  await file(ZHENJIANG, 'B');
  const yangzhou = await file(YANGZHOU, 'C');
  // A session lasts less than the days the clock jumps.
  await host.setClock(NOV_14);
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  await file(XINJIEKOU, 'A');
  await call(page, host.url, 'pipeline.create', {
    customerId: yangzhou,
    title: '12月备货订单',
    amount: 120000,
    expectedClose: '2026-12-15',
  });
  await host.setClock(NOV_20);
  // The rep's 走访表 of today: an order follow-up at 扬州医药连锁, left as a draft.
  await call(page, host.url, 'auth.signIn', { username: REP.username, password: REP.password });
  await call(page, host.url, 'reports.saveDraft', {
    formCode: 'F01',
    periodKey: '2026-11-20',
    expectedVersion: null,
    data: {
      plannedVisits: 1,
      actualVisits: 1,
      summary: '',
      visits: [
        {
          start: '09:00',
          end: '10:00',
          customerName: YANGZHOU,
          customerId: yangzhou,
          customerType: '医院',
          contact: '',
          phone: '',
          method: '现场',
          purpose: '订单跟进',
          result: '确认12月备货数量',
          needs: '',
          competitors: '',
          nextStep: '',
          nextVisit: '2026-11-27',
        },
      ],
    },
  });
  await call(page, host.url, 'auth.signOut', {});

  await page.setViewportSize({ width: 1366, height: 860 });
  await page.clock.setFixedTime(new Date(NOV_20));
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  await signIn.signIn(MANAGER.username, MANAGER.password);
  const customers = new CustomersPage(page);

  // The manager's home shows each rep's overdue count.
  const card = page.getByRole('region', { name: '客户联系提醒' });
  await expect(card.getByRole('row', { name: new RegExp(REP.name) })).toContainText('2');
  await screenshot(page, 'customers-home-manager');

  // The list opens with the cursor in the search box; a single match opens with Enter.
  await customers.open();
  await expect(customers.search).toBeFocused();
  await expect(customers.rows(customers.list)).toHaveCount(4);
  await screenshot(page, 'customers-list');
  await customers.search.fill('鼓楼');
  await expect(customers.rows(customers.list)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: GULOU })).toBeVisible();
  await expect(page.getByRole('region', { name: '定期联系' })).toContainText('已逾期 11 天');
  await expect(page.getByRole('table', { name: '联系人列表' })).toContainText('周海涛');
  await screenshot(page, 'customer-page');
  await page.getByRole('button', { name: '打印档案卡' }).click();
  await expect(page.getByRole('dialog').getByText(GULOU).first()).toBeVisible();
  await screenshot(page, 'customer-card');
  await page.getByRole('button', { name: '关闭' }).click();

  // A new customer with the same phone is flagged while typing, refused on save, and a closed
  // dialog with changes asks first.
  await customers.open();
  await page.getByRole('button', { name: '新建客户' }).click();
  const editor = customers.editor;
  await editor.getByRole('textbox', { name: '客户名称' }).fill('鼓楼医院集团');
  await editor.getByRole('textbox', { name: '联系人 1 姓名' }).fill('周主任');
  await editor.getByRole('textbox', { name: '联系人 1 电话' }).fill('138 0551 6624');
  await editor.getByRole('textbox', { name: '联系人 1 生日' }).focus();
  await expect(editor.getByRole('status')).toContainText(GULOU);
  await editor.getByRole('button', { name: '保存客户' }).click();
  const refused = editor.getByRole('alert').filter({ hasText: '未保存' });
  await expect(refused.getByRole('button', { name: '仍然保存' })).toBeVisible();
  await screenshot(page, 'customer-duplicate');
  await refused.getByRole('button', { name: '取消' }).click();
  await page.keyboard.press('Escape');
  await expect(editor.getByText('有未保存的修改')).toBeVisible();
  await editor.getByRole('button', { name: '放弃修改' }).click();
  await expect(editor).toBeHidden();

  // The import refuses a sheet with a bad row, naming the row, and takes the corrected one.
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await customers.chooseSheet(
    await sheet([
      ['苏州百信药房', 'B', '苏州', REP.name, '陈晓', '0512-66881234'],
      ['无锡人民医院', 'Z', '无锡', REP.name, '', ''],
    ]),
  );
  const problems = page.getByRole('list', { name: '导入问题' });
  await expect(problems).toContainText('3');
  await expect(page.getByRole('button', { name: /^导入 2 个客户/ })).toBeDisabled();
  await screenshot(page, 'customer-import-problems');
  await customers.chooseSheet(
    await sheet([
      ['苏州百信药房', 'B', '苏州', REP.name, '陈晓', '0512-66881234'],
      ['无锡人民医院', 'A', '无锡', REP.name, '', ''],
    ]),
  );
  await expect(page.getByRole('table', { name: '导入预览' })).toContainText('新增');
  await screenshot(page, 'customer-import-preview');
  await page.getByRole('button', { name: /^导入 2 个客户/ }).click();
  await expect(page.getByText('已导入 2 个客户')).toBeVisible();
  await expect(customers.rows(customers.list)).toHaveCount(6);

  // Reminders: most overdue first, red then yellow, with the count per rep.
  await customers.openReminders();
  const rows = customers.rows(customers.alerts);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(GULOU);
  await expect(rows.nth(1)).toContainText(ZHENJIANG);
  await expect(rows.nth(2)).toContainText(XINJIEKOU);
  await expect(page.getByRole('table', { name: '各营销代表待联系客户' })).toContainText(REP.name);
  await customers.settle();
  await screenshot(page, 'customer-reminders');
  await page.getByRole('button', { name: '联系间隔设置' }).click();
  await expect(page.getByRole('switch', { name: '联系人电话随月报发送总部' })).not.toBeChecked();
  await screenshot(page, 'contact-settings');
  await signIn.signOut();

  // The rep: his reminders at home, and next week's plan offers them as rows.
  await signIn.signIn(REP.username, REP.password);
  await expect(card.getByRole('button', { name: GULOU })).toBeVisible();
  await screenshot(page, 'customers-home-rep');
  await page.goto(`${host.url}/#/reports/F03/me/2026-W47`);
  await page.getByRole('button', { name: '加入待联系客户 (3)' }).click();
  const offer = page.getByRole('dialog', { name: '加入待联系客户' });
  await expect(offer.getByRole('checkbox')).toHaveCount(3);
  await screenshot(page, 'f03-offer');
  await offer.getByRole('button', { name: '加入所选 (3)' }).click();
  // The empty first row gives way; the most overdue customer goes to Monday of next week.
  await expect(page.getByText('下周计划(3 条)')).toBeVisible();
  const first = page.getByRole('group', { name: '日程 1' });
  await expect(first.getByRole('textbox', { name: '区域/客户' })).toHaveValue(GULOU);
  await expect(first.getByRole('textbox', { name: '日期' })).toHaveValue('2026-11-23');
  await expect(first.getByRole('textbox', { name: '工作内容' })).toHaveValue('客户拜访(A级,已逾期 11 天)');
  await expect(page.getByRole('button', { name: '加入待联系客户 (0)' })).toBeDisabled();
  await screenshot(page, 'f03-offered-rows');

  // The visit to 扬州医药连锁 for 订单跟进 links to its open opportunity.
  await page.goto(`${host.url}/#/reports/F01/me/2026-11-20`);
  await page.getByRole('button', { name: '第 1 条拜访的详情' }).click();
  await page.getByRole('combobox', { name: '关联商机' }).click();
  await page.getByRole('option', { name: /12月备货订单/ }).click();
  await expect(page.getByRole('combobox', { name: '关联商机' })).toHaveValue(/12月备货订单/);
  await screenshot(page, 'f01-opportunity-link');
  // Another purpose drops the link rather than keep a hidden one.
  const purpose = page.getByRole('combobox', { name: '拜访目的' });
  await purpose.click();
  await page.getByRole('option', { name: '客情维护' }).click();
  await expect(page.getByRole('combobox', { name: '关联商机' })).toBeHidden();
  await purpose.click();
  await page.getByRole('option', { name: '订单跟进' }).click();
  await expect(page.getByRole('combobox', { name: '关联商机' })).toHaveValue('');
});
