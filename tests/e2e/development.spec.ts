import type { Page } from '@playwright/test';
import { f02Sample } from '../fixtures/forms/f02-sample';
import { call, HQ_ADMIN, MANAGER, REP, seedHeadOffice, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { DevelopmentPage } from './pages/development-page';
import { screenshot } from './pages/screenshots';

/** Thursday 26 November 2026, 10:00 in the office. */
const NOV_26 = '2026-11-26T02:00:00.000Z';

/** The manager's 协访表 of a day with the rep, scored as given (the 总分 added up again), approved. */
async function approvedVisit(
  page: Page,
  url: string,
  rep: { id: number; name: string },
  day: string,
  scores: Record<string, number>,
) {
  const data: Record<string, unknown> = { ...f02Sample(rep), ...scores };
  data.totalScore = Object.keys(data)
    .filter((k) => k.startsWith('score'))
    .reduce((n, k) => n + (data[k] as number), 0);
  await call(page, url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
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

async function repOf(page: Page, url: string) {
  await call(page, url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const people = (await call(page, url, 'people.list', {})) as { id: number; displayName: string }[];
  return { id: people.find((p) => p.displayName === REP.name)!.id, name: REP.name };
}

test('a low 协访 score proposes a plan item, the manager accepts it with a due date, and a later F02 closes it', async ({
  page,
  host,
}) => {
  await host.setClock(NOV_26);
  await page.clock.setFixedTime(new Date(NOV_26));
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(page, host.url, { since: '2026-11-02' });
  const rep = await repOf(page, host.url);
  const first = await approvedVisit(page, host.url, rep, '2026-11-10', { scoreProduct: 2 });
  await call(page, host.url, 'auth.signOut', {});

  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const dev = new DevelopmentPage(page);
  await dev.open();
  const row = dev.repRow(REP.name);
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await dev.expand(REP.name);
  await expect(page.getByRole('table', { name: `${REP.name}的待办项目` })).toContainText('产品知识');
  await screenshot(page, 'development-overview');

  await dev.openPlan(REP.name);
  const item = dev.item(REP.name, '产品知识');
  await expect(item).toContainText('待确认');
  await expect(item).toContainText(`协访 F02 第${first}号 · 产品知识`);
  await screenshot(page, 'development-plan-proposed');

  // Accepting needs a due date, asked for at the field.
  await item.getByRole('button', { name: '确认建议' }).click();
  const accept = dev.dialog(`确认建议:${REP.name}`);
  await accept.getByRole('button', { name: '确认并列入计划' }).click();
  await expect(accept.getByText('请填写完成期限')).toBeVisible();
  await accept.getByLabel('目标').fill('协访评分“产品知识”提高到 4 分,能独立讲清K7卖点');
  await dev.fillDate(accept, '完成期限', '2026-12-20');
  await screenshot(page, 'development-accept');
  await accept.getByRole('button', { name: '确认并列入计划' }).click();
  await expect(accept).toBeHidden();
  await expect(item).toContainText('进行中');
  await expect(item).toContainText('2026-12-20');

  // A manager's own item, closed as dropped: the note is required.
  await page.getByRole('button', { name: '新增项目' }).click();
  const add = dev.dialog(`新增发展项目:${REP.name}`);
  await add.getByRole('button', { name: '保存' }).click();
  await expect(add.getByText('请填写待提升技能')).toBeVisible();
  await add.getByLabel('待提升技能').fill('大客户谈判');
  await add.getByLabel('目标').fill('独立完成一次年度协议谈判');
  await add.getByLabel('行动措施').fill('参加销售技巧培训,随区域经理参加两次谈判');
  await screenshot(page, 'development-new-item');
  await add.getByRole('button', { name: '保存' }).click();
  await expect(add).toBeHidden();
  const own = dev.item(REP.name, '大客户谈判');
  await own.getByRole('button', { name: '关闭' }).click();
  const close = dev.dialog(/关闭发展项目/);
  await close.getByRole('button', { name: '确认关闭' }).click();
  await expect(close.getByText('请填写关闭说明')).toBeVisible();
  await expect(close.getByText('请选择“已完成”或“已放弃”')).toBeVisible();
  await close.getByRole('radio', { name: '已放弃' }).check();
  await close.getByLabel('关闭说明').fill('客户年度协议改由区域统一谈判');
  await screenshot(page, 'development-close');
  await close.getByRole('button', { name: '确认关闭' }).click();
  await expect(close).toBeHidden();
  await expect(own).toContainText('已放弃');
  await expect(own).toContainText('客户年度协议改由区域统一谈判');

  // A later approved F02 scoring 产品知识 4 closes the item by itself.
  const later = await approvedVisit(page, host.url, rep, '2026-11-24', { scoreProduct: 4 });
  await page.reload();
  await expect(item).toContainText('已完成');
  await expect(item).toContainText(`由协访 F02 第${later}号自动关闭`);
  await expect(item.getByRole('button', { name: '关闭' })).toHaveCount(0);
  await screenshot(page, 'development-plan-closed');

  // The rep reads their own plan, without the manager's buttons.
  const signIn = new SignInPage(page);
  await signIn.signOut();
  await signIn.signIn(REP.username, REP.password);
  await dev.open();
  await expect(dev.item(REP.name, '产品知识')).toContainText('已完成');
  await expect(page.getByRole('button', { name: '新增项目' })).toHaveCount(0);
  await screenshot(page, 'development-rep');
});

test('培训学时 shows on the KPI page and its weight and 满分值 save in the settings', async ({
  page,
  host,
}) => {
  await host.setClock(NOV_26);
  await page.clock.setFixedTime(new Date(NOV_26));
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  const nav = page.getByRole('navigation', { name: '主导航' });

  await nav.getByText('考核与奖金方案').click();
  const weights = page.getByRole('table', { name: '指标权重与满分值' });
  await expect(weights.getByLabel('培训学时权重')).toHaveValue('0');
  await expect(weights.getByLabel('培训学时满分值')).toHaveValue('4 小时');
  await weights.getByLabel('培训学时权重').fill('5');
  await weights.getByLabel('培训学时满分值').fill('6');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('考核与奖金方案已保存,未审核的月份按新方案计算。')).toBeVisible();
  await page.reload();
  await expect(weights.getByLabel('培训学时权重')).toHaveValue('5');
  await expect(weights.getByLabel('培训学时满分值')).toHaveValue('6 小时');
  await screenshot(page, 'kpi-settings-training');

  await nav.getByText('绩效评估').click();
  await expect(
    page.getByRole('table', { name: '绩效排名' }).getByRole('columnheader', { name: '培训学时' }),
  ).toBeVisible();
  await screenshot(page, 'kpi-page-training');
});

test('head office sees 培训学时 by region (no bundle imported: the empty state)', async ({
  page,
  headOfficeHost,
}) => {
  await headOfficeHost.setClock(NOV_26);
  await page.clock.setFixedTime(new Date(NOV_26));
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedHeadOffice(page, headOfficeHost.url);
  await page.goto(headOfficeHost.url);
  await new SignInPage(page).signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('培训学时').click();
  await expect(page.getByRole('heading', { name: '培训学时' })).toBeVisible();
  await expect(page.getByText('所选月份还没有培训数据。', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '从' })).toHaveText('2026年6月');
  await screenshot(page, 'hq-training');
});
