import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { F09 } from '../../src-shared/domain/forms';
import { f02Sample } from '../fixtures/forms/f02-sample';
import { call, CLERK, HQ_ADMIN, MANAGER, REP, seedHeadOffice, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { OFFICE, SignInPage } from './pages/app-pages';
import { DevelopmentPage } from './pages/development-page';
import { FormPage } from './pages/form-page';
import { screenshot } from './pages/screenshots';
import { TrainingPage } from './pages/training-page';

/** Tuesday 8 December 2026, 10:00: the session is held in the office's meeting room. */
const DEC_8 = '2026-12-08T02:00:00.000Z';
/** Friday 18 December: two joint visits with the rep lie behind the manager. */
const DEC_18 = '2026-12-18T02:00:00.000Z';
/** Monday 4 January 2027: the manager writes the fourth quarter's 述职报告. */
const JAN_4 = '2027-01-04T02:00:00.000Z';
const TOPIC = '康健牌血糖试纸新品知识';

/** The manager's approved 协访表 of a day with the rep, scored as given (the 总分 added up again). */
async function approvedVisit(
  page: Page,
  url: string,
  rep: { id: number; name: string },
  day: string,
  product: number,
) {
  const data: Record<string, unknown> = { ...f02Sample(rep), scoreProduct: product };
  data.totalScore = Object.keys(data)
    .filter((k) => k.startsWith('score'))
    .reduce((n, k) => n + (data[k] as number), 0);
  const draft = (await call(page, url, 'reports.saveDraft', {
    formCode: 'F02',
    periodKey: day,
    data,
    expectedVersion: null,
  })) as { id: number; version: number };
  await call(page, url, 'reports.submit', { id: draft.id, expectedVersion: draft.version });
  await call(page, url, 'reports.approve', { id: draft.id, comment: '' });
  return draft.id;
}

test('a session for the region is printed, attended and scored; a low 协访 score proposes a plan item a later one closes; the quarter’s F09 shows the figures; head office sees the hours', async ({
  page,
  host,
  headOfficeHost,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await host.setClock(DEC_8);
  await page.clock.setFixedTime(new Date(DEC_8));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  const training = new TrainingPage(page);

  // The manager schedules a morning for the whole region and prints its sign-in sheet.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await training.open();
  await page.getByRole('button', { name: '安排培训' }).click();
  const form = training.scheduleDialog;
  await training.field(form, '培训主题').fill(TOPIC);
  await training.pick(form, '培训类别', '产品知识');
  await training.field(form, '培训地点').fill('办事处会议室');
  await training.field(form, '开始时间').fill('09:00');
  await training.field(form, '结束时间').fill('11:00');
  await expect(form.getByRole('checkbox', { name: /整个区域/ })).toBeChecked();
  await training.field(form, '培训地点').press('Enter');
  await expect(form).toBeHidden();
  const sheet = await training.preview('培训签到表');
  for (const name of [REP.name, CLERK.name]) await expect(sheet).toContainText(name);
  await sheet.getByRole('button', { name: '关闭' }).click();
  const word = await training.downloadWord('培训签到表');
  expect(word.text).toContain(REP.name);
  await signIn.signOut();

  // The clerk types the signed sheet back: both present, with their test scores.
  await signIn.signIn(CLERK.username, CLERK.password);
  await training.open();
  await training.sessions.getByText(TOPIC).click();
  await page.getByRole('button', { name: '录入签到与成绩' }).click();
  await expect(training.grid).toContainText('1 出席 · 2 迟到 · 3 缺席 · 4 请假');
  const scores: Record<string, string> = { [REP.name]: '85', [CLERK.name]: '90' };
  for (const name of await training.gridNames()) {
    await page.keyboard.press('1');
    await expect(training.score(name)).toBeFocused();
    await page.keyboard.type(scores[name]!);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: '保存全部' }).click();
  await expect(training.status).toHaveText('已举行');
  await signIn.signOut();

  // Two joint visits: 产品知识 scored 2, then 4 a week later.
  await host.setClock(DEC_18);
  await page.clock.setFixedTime(new Date(DEC_18));
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const people = (await call(page, host.url, 'people.list', {})) as { id: number; displayName: string }[];
  const rep = { id: people.find((p) => p.displayName === REP.name)!.id, name: REP.name };
  const low = await approvedVisit(page, host.url, rep, '2026-12-09', 2);
  await page.reload();
  const dev = new DevelopmentPage(page);
  await dev.open();
  await dev.openPlan(REP.name);
  const item = dev.item(REP.name, '产品知识');
  await expect(item).toContainText('待确认');
  await expect(item).toContainText(`协访 F02 第${low}号 · 产品知识`);
  await screenshot(page, 'walk-development-proposed');
  const later = await approvedVisit(page, host.url, rep, '2026-12-16', 4);
  await page.reload();
  await expect(item).toContainText('已完成');
  await expect(item).toContainText(`由协访 F02 第${later}号自动关闭`);
  await signIn.signOut();

  // January: the fourth quarter's 述职报告 starts with the quarter's training and coaching.
  await host.setClock(JAN_4);
  await page.clock.setFixedTime(new Date(JAN_4));
  await page.reload();
  await signIn.signIn(MANAGER.username, MANAGER.password);
  const f09 = new FormPage(page, F09);
  await f09.openNew();
  const team = f09.input(f09.main, '团队管理与协访情况');
  await expect(team).toHaveValue(/本季度组织培训 1 场,共 2 小时,出席率 100(\.0)?%/);
  await expect(team).toHaveValue(/协访 2 次\(F02\),发现待提升项 1 项,已改进 1 项/);
  await team.scrollIntoViewIfNeeded();
  await screenshot(page, 'walk-f09-prefill');

  // December's bundle reaches head office, which sees the region's person-hours for the month.
  const out = (await call(page, host.url, 'bundles.export', { month: '2026-12' })) as {
    files: { fileName: string }[];
    outboxDir: string;
  };
  const { fingerprint } = (await call(page, host.url, 'keys.info', {})) as { fingerprint: string };
  await signIn.signOut();
  await headOfficeHost.setClock(JAN_4);
  await seedHeadOffice(page, headOfficeHost.url);
  await call(page, headOfficeHost.url, 'auth.signIn', {
    username: HQ_ADMIN.username,
    password: HQ_ADMIN.password,
  });
  const res = await page.request.post(`${headOfficeHost.url}/upload`, {
    data: readFileSync(join(out.outboxDir, out.files[0]!.fileName)),
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(out.files[0]!.fileName),
      Origin: headOfficeHost.url,
    },
  });
  const { value } = (await res.json()) as { value: { uploadId: string } };
  await call(page, headOfficeHost.url, 'hq.import.run', {
    uploadIds: [value.uploadId],
    trustFingerprint: fingerprint,
  });
  await call(page, headOfficeHost.url, 'auth.signOut', {});
  await page.goto(headOfficeHost.url);
  await signIn.signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('培训学时').click();
  const hours = page.getByRole('table', { name: '各区域培训学时' });
  // Two people attended two hours each in December: the fifth month shown (the region's name
  // heads the row).
  const region = hours.getByRole('row').filter({ hasText: OFFICE.regionName });
  await expect(hours.getByRole('columnheader').nth(5)).toHaveText('2026年12月');
  await expect(region.getByRole('cell').nth(4)).toHaveText('4');
  await expect(region.getByRole('cell').last()).toHaveText('100%');
  await screenshot(page, 'walk-hq-training');
});
