import { expect, test } from './host-fixture';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { RegionPage } from './pages/region-page';
import { screenshot } from './pages/screenshots';

/** Friday 20 November 2026, 10:00 in the office: 张小明's customers are filed. */
const NOV_20 = '2026-11-20T02:00:00.000Z';
/** Wednesday 2 December 2026, 10:00 in the office: 张小明 has moved on, his hospitals change hands. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

const REP_B = { name: '李娜', username: 'lina', password: 'lina-pass-123' };
const HOSPITALS = ['南京市鼓楼医院', '江苏省人民医院'];
const PHARMACY = '镇江大药房';

test('the manager sets the region’s criteria, sees its reps and hands two customers to another rep with the reason', async ({
  page,
  host,
}) => {
  await host.setClock(NOV_20);
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  await call(page, host.url, 'people.create', {
    username: REP_B.username,
    displayName: REP_B.name,
    role: 'rep',
    password: REP_B.password,
    phone: '',
    joinedOn: '2026-11-02',
  });
  const people = (await call(page, host.url, 'people.list', {})) as { id: number; displayName: string }[];
  const repA = people.find((p) => p.displayName === REP.name)!.id;
  for (const [name, type] of [
    [HOSPITALS[0]!, '医院'],
    [HOSPITALS[1]!, '医院'],
    [PHARMACY, '药店'],
  ]) {
    await call(page, host.url, 'customers.create', {
      name,
      type,
      grade: 'A',
      address: '',
      people: [],
      ownerId: repA,
    });
  }
  await call(page, host.url, 'auth.signOut', {});

  await host.setClock(DEC_2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(DEC_2));
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const region = new RegionPage(page);
  await region.open();
  await expect(region.profile).toContainText(MANAGER.name);
  await expect(region.profile).toContainText('未划定');

  // Without a market tier or a customer type the dialog says what is missing, at the field.
  const edit = await region.edit('华东');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByText('请选择市场级别')).toBeVisible();
  await expect(edit.getByText('请至少选择一种客户类型')).toBeVisible();
  await region.choose(edit, '市场级别', '二级市场');
  await edit.getByRole('checkbox', { name: '医院' }).check();
  await edit.getByRole('checkbox', { name: '药店' }).check();
  await edit.getByLabel('覆盖省市').fill('江苏省南京市、镇江市、扬州市、泰州市');
  await screenshot(page, 'region-edit');
  await page.keyboard.press('Control+Enter');
  await expect(edit).toBeHidden();
  await expect(region.profile).toContainText('二级市场');
  await expect(region.profile).toContainText('江苏省南京市、镇江市、扬州市、泰州市');
  await expect(region.profile).toContainText('医院药店');

  // The reps at work, with the day they joined.
  for (const name of [REP.name, REP_B.name]) {
    const row = region.members.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row).toContainText('营销代表');
    await expect(row).toContainText('2026-11-02');
    await expect(row).toContainText('在职');
  }
  await expect(region.customerCount(REP.name)).toHaveText('3');
  await expect(region.customerCount(REP_B.name)).toHaveText('0');

  // Two hospitals go to 李娜 from 1 December; a reason is required.
  const transfer = await region.startTransfer(REP.name);
  for (const name of HOSPITALS) await transfer.getByRole('checkbox', { name: new RegExp(name) }).check();
  await region.choose(transfer, '接收人', REP_B.name);
  const day = transfer.getByLabel('移交日期');
  await expect(day).toHaveValue('2026-12-02');
  await day.fill('2026-12-01');
  await transfer.getByLabel('移交原因').click();
  await page.keyboard.press('Enter');
  await expect(transfer.getByText('请写明移交原因(至少2个字)')).toBeVisible();
  await page.keyboard.type('张小明调往扬州片区');
  await screenshot(page, 'region-transfer');
  await page.keyboard.press('Enter');
  await expect(transfer).toBeHidden();
  await expect(region.customerCount(REP.name)).toHaveText('1');
  await expect(region.customerCount(REP_B.name)).toHaveText('2');

  // Both owners stay on record, with their days and who made the change.
  const history = await region.ownerHistory(REP_B.name, HOSPITALS[0]!);
  const before = history.getByRole('row', { name: new RegExp(`^${REP.name}`) });
  await expect(before).toContainText('2026-11-20');
  await expect(before).toContainText('2026-11-30');
  await expect(before).toContainText('新建客户');
  const after = history.getByRole('row', { name: new RegExp(`^${REP_B.name}`) });
  await expect(after).toContainText('2026-12-01');
  await expect(after).toContainText('至今');
  await expect(after).toContainText('张小明调往扬州片区');
  await expect(after).toContainText(MANAGER.name);
  await region.settle();
  await screenshot(page, 'region-owner-history');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await screenshot(page, 'region-page');
});
