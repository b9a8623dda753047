import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { asRead } from '../helpers/paper-text';
import { expect, test } from './host-fixture';
import { OFFICE, PeoplePage, SetupPage, SignInPage } from './pages/app-pages';
import { VisitFormPage } from './pages/visit-form-page';

const MANAGER = { name: '王建国', username: 'wangjg', password: 'manager-pass-1' };
const REP = { name: '张小明', username: 'zhangxm', password: 'rep-pass-123', role: '营销代表' as const };

test('a 走访表 goes from entry through return and revision to approval and prints as Word', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await new SetupPage(page).complete(MANAGER);
  const signIn = new SignInPage(page);
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await new PeoplePage(page).addPerson(REP);
  await signIn.signOut();

  // The rep fills three visits, adding rows by button and by Enter, one with a new customer.
  await signIn.signIn(REP.username, REP.password);
  const form = new VisitFormPage(page);
  await form.openToday();
  await form.addRowWithButton();
  await form.fillVisit(1, {
    start: '09:00',
    customer: '鼓楼区人民医院药剂科',
    newCustomer: true,
    method: '现场',
    purpose: '客情维护',
    result: '确认下月采购计划,对方希望增加样品',
  });
  await form.addRowWithEnter(1);
  await form.fillVisit(2, {
    start: '13:30',
    customer: '金陵大药房',
    method: '电话',
    purpose: '回款',
    result: '约定周五前回款两万元',
  });
  await form.addRowWithEnter(2);
  await form.fillVisit(3, {
    start: '15:00',
    customer: '秦淮医药批发站',
    method: '来访',
    purpose: '开发新客户',
    result: '介绍新品,约下周再谈',
  });
  await page.getByLabel('当日工作小结').fill('今日拜访三家客户,回款跟进顺利。');
  await expect(page.getByRole('status')).toContainText('已自动保存');
  await form.submit();
  await signIn.signOut();

  // The manager returns it with a comment.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('审核').click();
  await page.getByRole('table', { name: '报表列表' }).getByText(REP.name).click();
  await page.getByLabel('审核意见').fill('第二条请补充回款金额的确认人');
  await page.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByText('已退回', { exact: true }).first()).toBeVisible();
  await signIn.signOut();

  // The rep sees the comment, revises and resubmits.
  await signIn.signIn(REP.username, REP.password);
  await page.getByRole('table', { name: '待办报表' }).getByText('已退回').first().click();
  await expect(page.getByRole('alert', { name: /退回了此表/ })).toContainText('第二条请补充回款金额的确认人');
  await (await form.details(2)).getByLabel('洽谈内容及结果').fill('约定周五前回款两万元,由财务刘会计确认');
  await page.getByRole('button', { name: '修改后重新提交' }).click();
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible();
  await signIn.signOut();

  // The manager approves and downloads the Word file.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('审核').click();
  await page.getByRole('table', { name: '报表列表' }).getByText(REP.name).click();
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByText('已审核', { exact: true }).first()).toBeVisible();
  const versions = page.getByRole('table').filter({ hasText: '操作人' });
  await expect(versions.getByRole('row')).toHaveCount(5); // header + submit, return, submit, approve

  // The revision can be compared with what was returned.
  await page.getByRole('button', { name: '与上一版对比' }).last().click();
  const diff = page.getByRole('table', { name: '版本差异' });
  await expect(diff).toContainText('拜访记录 第2行 · 洽谈内容及结果');
  await expect(diff).toContainText('由财务刘会计确认');
  await page.keyboard.press('Escape');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 Word' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^F01-走访表-张小明-\d{4}-\d{2}-\d{2}\.docx$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const xml = new TextDecoder().decode(files['word/document.xml']);
  for (const text of [
    '鼓楼区人民医院药剂科',
    '金陵大药房',
    '由财务刘会计确认',
    '秦淮医药批发站',
    '今日拜访三家客户',
    REP.name,
    '走访表',
  ]) {
    expect(xml).toContain(text);
  }
  const header = asRead(
    Object.entries(files)
      .filter(([name]) => name.startsWith('word/header'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join(''),
  );
  expect(header).toContain(OFFICE.company);
  expect(header).toContain(OFFICE.fax);
});
