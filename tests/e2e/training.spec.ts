import { call, CLERK, MANAGER, REP, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';
import { TrainingPage } from './pages/training-page';

/** Tuesday 8 December 2026, 10:00 in the office. */
const DEC_8 = '2026-12-08T02:00:00.000Z';
const REP_2 = { name: '李华', username: 'lihua', password: 'rep-pass-456' };
const TOPIC = '康健牌血糖试纸新品知识';

test('the manager schedules a session for the region, prints its sign-in sheet, the clerk types the sheet and the figures show the rates', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await host.setClock(DEC_8);
  await page.clock.setFixedTime(new Date(DEC_8));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  await call(page, host.url, 'people.create', {
    username: REP_2.username,
    displayName: REP_2.name,
    role: 'rep',
    password: REP_2.password,
    phone: '',
    joinedOn: '2026-11-02',
  });
  await call(page, host.url, 'auth.signOut', {});
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  const training = new TrainingPage(page);

  // The manager looks at the settings, then schedules a morning for the whole region.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await training.open();
  await page.getByRole('link', { name: '培训设置' }).click();
  await expect(page.getByRole('table', { name: '培训类别' })).toContainText('制度与合规');
  await expect(page.getByRole('switch', { name: '请假计入缺席' })).not.toBeChecked();
  await screenshot(page, 'training-settings');
  await page.getByRole('link', { name: '返回培训' }).click();

  await page.getByRole('button', { name: '安排培训' }).click();
  const form = training.scheduleDialog;
  await expect(training.field(form, '培训主题')).toBeFocused();
  await training.field(form, '培训主题').press('Enter');
  await expect(form.getByText('请填写培训主题')).toBeVisible();
  await expect(form.getByText('请选择培训类别')).toBeVisible();
  await expect(form.getByText('请填写培训地点')).toBeVisible();
  await training.field(form, '培训主题').fill(TOPIC);
  await training.pick(form, '培训类别', '产品知识');
  await training.field(form, '培训地点').fill('办事处会议室');
  await training.field(form, '开始时间').fill('09:00');
  await training.field(form, '结束时间').fill('08:30');
  await training.field(form, '结束时间').press('Enter');
  await expect(form.getByText('结束时间须晚于开始时间')).toBeVisible();
  await training.field(form, '结束时间').fill('11:30');
  await expect(form.getByText('不填即为 2.5 学时')).toBeVisible();
  await expect(form.getByRole('checkbox', { name: /整个区域.*共 3 人/ })).toBeChecked();
  await screenshot(page, 'training-schedule');
  await training.field(form, '培训地点').press('Enter');
  await expect(form).toBeHidden();

  // The session page: the list as resolved on the day, and its paper.
  await expect(page.getByRole('heading', { name: TOPIC })).toBeVisible();
  await expect(training.status).toHaveText('已安排');
  const attendees = page.getByRole('table', { name: '参训名单' });
  for (const name of [REP.name, REP_2.name, CLERK.name]) await expect(attendees).toContainText(name);
  await screenshot(page, 'training-session');
  const sheet = await training.preview('培训签到表');
  for (const name of [REP.name, REP_2.name, CLERK.name]) await expect(sheet).toContainText(name);
  await screenshot(page, 'training-sign-in-preview');
  await sheet.getByRole('button', { name: '关闭' }).click();
  await expect(sheet).toBeHidden();
  const word = await training.downloadWord('培训签到表');
  expect(word.fileName).toMatch(/\.docx$/);
  for (const name of [REP.name, REP_2.name, CLERK.name]) expect(word.text).toContain(name);
  await signIn.signOut();

  // The clerk types the signed sheet with the keyboard: marks by key, scores, Enter down.
  await signIn.signIn(CLERK.username, CLERK.password);
  await training.open();
  await training.sessions.getByText(TOPIC).click();
  await page.getByRole('button', { name: '录入签到与成绩' }).click();
  await expect(page.getByRole('heading', { name: '录入签到与成绩' })).toBeVisible();
  await expect(training.grid).toContainText('1 出席 · 2 迟到 · 3 缺席 · 4 请假');
  const sheetMarks: Record<string, { key: string; score?: string }> = {
    [REP.name]: { key: '2', score: '70' },
    [REP_2.name]: { key: '4' },
    [CLERK.name]: { key: '1', score: '120' },
  };
  const names = await training.gridNames();
  expect(names.sort()).toEqual([REP.name, REP_2.name, CLERK.name].sort());
  for (const name of await training.gridNames()) {
    const mark = sheetMarks[name]!;
    await page.keyboard.press(mark.key);
    if (mark.score !== undefined) {
      await expect(training.score(name)).toBeFocused();
      await page.keyboard.type(mark.score);
      await page.keyboard.press('Enter');
    }
  }
  await expect(training.score(REP_2.name)).toBeDisabled();
  await expect(training.grid.getByText('成绩须在0到100分之间')).toBeVisible();
  await page.getByRole('button', { name: '保存全部' }).click();
  await expect(page.getByText('有未选出勤或成绩不正确的行')).toBeVisible();
  await screenshot(page, 'training-attendance-refused');
  await training.score(CLERK.name).fill('95');
  await expect(training.grid.getByText('成绩须在0到100分之间')).toBeHidden();
  await screenshot(page, 'training-attendance');
  await page.getByRole('button', { name: '保存全部' }).click();
  await expect(training.status).toHaveText('已举行');
  await expect(attendees.getByRole('row').filter({ hasText: REP_2.name })).toContainText('请假');
  await expect(attendees.getByRole('row').filter({ hasText: REP.name })).toContainText('迟到');
  await screenshot(page, 'training-session-held');

  // The quarter's figures: 迟到 counts as attended; 请假 is left out of the rate.
  await page.getByRole('button', { name: '返回培训列表' }).click();
  await expect(training.sessions).toContainText('已举行');
  await screenshot(page, 'training-list');
  await page.getByRole('link', { name: '培训统计' }).click();
  await expect(page.getByRole('heading', { name: '培训统计' })).toBeVisible();
  await expect(training.figuresRow(REP.name)).toHaveText(/张小明1010002\.5100\.0%70/);
  await expect(training.figuresRow(REP_2.name)).toHaveText(/李华1000100—/);
  await expect(training.figuresRow(CLERK.name)).toHaveText(/刘芳1100002\.5100\.0%95/);
  await screenshot(page, 'training-figures');
});
