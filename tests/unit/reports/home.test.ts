import { describe, expect, it } from 'vitest';
import type { HomeItem } from '../../../src-shared/contract';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f06Decision, f06Sample } from '../../fixtures/forms/f06-sample';
import { visitDay } from '../core/f01-fixtures';
import { type Office, file, save, travel } from './office';

const RETURN_COMMENT = '请补充下周计划的预期目标。';

/** Thursday: Wang's week so far, a returned 周报, a draft month, an open matter; Li's 周报. */
async function busyOffice() {
  const o = await startOffice();
  for (const day of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']) {
    await file(o, o.wang, 'F01', day, visitDay());
  }
  // Next week's 周报, handed in early and sent back; it is not due until Sunday 6 December.
  const weekly = await file(o, o.wang, 'F03', '2026-W49', f03Sample());
  expectOk(await call(o.core, o.manager, 'reports.return', { id: weekly.id, comment: RETURN_COMMENT }));
  const month = await save(o, o.wang, 'F04', '2026-11', f04Sample());
  const matter = await file(o, o.wang, 'F06', '2026-11-26.1', f06Sample());
  const liWeekly = await file(o, o.li, 'F03', '2026-W48', f03Sample());
  // Tuesday 10:00: Li's 周报 has waited past its two working days.
  await travel(o, '2026-12-01T02:00:00.000Z');
  return { o, weekly, month, matter, liWeekly };
}

async function items(o: Office, who: 'manager' | 'wang' | 'li' | 'clerk'): Promise<HomeItem[]> {
  return expectOk(await call(o.core, o[who], 'home.summary', {})).items;
}

const find = (list: HomeItem[], formCode: string, periodKey: string) =>
  list.filter((i) => i.formCode === formCode && i.periodKey === periodKey);

describe('home.summary', () => {
  it('shows a rep what is overdue, what falls due soon and what came back', async () => {
    const { o, weekly, month } = await busyOffice();
    const list = await items(o, 'wang');
    expect(new Set(list.map((i) => i.authorId))).toEqual(new Set([o.wangId]));

    expect(find(list, 'F01', '2026-11-27')).toEqual([
      expect.objectContaining({ state: 'overdue', reportId: null, note: expect.stringContaining('未填写') }),
    ]);
    for (const day of ['2026-11-23', '2026-11-26']) expect(find(list, 'F01', day)).toEqual([]);
    expect(find(list, 'F01', '2026-11-30')).toEqual([
      expect.objectContaining({ state: 'due', dueAt: '2026-12-06T16:00:00.000Z' }),
    ]);
    expect(find(list, 'F04', '2026-11')).toEqual([
      expect.objectContaining({
        state: 'due',
        reportId: month.id,
        dueAt: '2026-12-03T16:00:00.000Z',
        note: '2026年11月 草稿未提交',
      }),
    ]);
    expect(find(list, 'F03', '2026-W49')).toEqual([
      expect.objectContaining({ state: 'returned', reportId: weekly.id, note: `已退回:${RETURN_COMMENT}` }),
    ]);
    expect(find(list, 'F03', '2026-W48')).toEqual([
      expect.objectContaining({ state: 'overdue', reportId: null, dueAt: '2026-11-29T16:00:00.000Z' }),
    ]);
    // Nothing of the manager's work shows up for a rep.
    expect(list.some((i) => ['toReview', 'reviewOverdue', 'undecided'].includes(i.state))).toBe(false);
    expect(await items(o, 'clerk')).toEqual([]);
  });

  it('shows the manager what waits for review, what waited too long and what needs a decision', async () => {
    const { o, weekly, matter, liWeekly } = await busyOffice();
    const list = await items(o, 'manager');
    const first = find(list, 'F01', '2026-11-23').find((i) => i.authorId === o.wangId);
    expect(first).toMatchObject({ state: 'toReview', authorName: '王芳', note: '走访表 待审核' });
    expect(list.filter((i) => i.state === 'reviewOverdue')).toEqual([
      expect.objectContaining({
        reportId: liWeekly.id,
        authorName: '李军',
        dueAt: '2026-11-30T16:00:00.000Z',
        note: '周计划与周报告 审核已超期',
      }),
    ]);
    const open = list.filter((i) => i.state === 'undecided');
    expect(open.map((i) => [i.reportId, i.authorName])).toEqual([[matter.id, '王芳']]);
    expect(open[0]!.note).toMatch(/^重要事项待批复:/);
    // The returned 周报 is Wang's to fix, not the manager's to review.
    expect(list.some((i) => i.reportId === weekly.id)).toBe(false);

    expectOk(await call(o.core, o.manager, 'reports.decide', { id: matter.id, values: f06Decision() }));
    expectOk(await call(o.core, o.manager, 'reports.approve', { id: liWeekly.id, comment: '' }));
    const after = await items(o, 'manager');
    expect(after.filter((i) => ['undecided', 'reviewOverdue'].includes(i.state))).toEqual([]);
  });

  // home.summary takes every board cell in state 'overdue' for unstarted or draft work, so a
  // returned report past its due moment appears a second time, as "草稿未提交".
  it('does not call a returned report past its due moment a draft', async () => {
    const o = await startOffice();
    const weekly = await file(o, o.wang, 'F03', '2026-W48', f03Sample());
    expectOk(await call(o.core, o.manager, 'reports.return', { id: weekly.id, comment: RETURN_COMMENT }));
    await travel(o, '2026-12-01T02:00:00.000Z', 'wang');
    const mine = (await items(o, 'wang')).filter((i) => i.reportId === weekly.id);
    expect(mine.map((i) => i.note)).toContain(`已退回:${RETURN_COMMENT}`);
    expect(mine.filter((i) => i.note.includes('草稿'))).toEqual([]);
  });

  // headline() looks for title, customerName or content; a 重要事项报告 names its matter in subject,
  // so lists show an empty line and the home page says only "重要事项待批复:".
  it('names an open 重要事项报告 by its 标题', async () => {
    const { o, matter } = await busyOffice();
    const subject = f06Sample().subject as string;
    const listed = expectOk(await call(o.core, o.manager, 'reports.list', { formCode: 'F06' }));
    expect(listed.map((r) => r.headline)).toEqual([subject.slice(0, 40)]);
    const open = (await items(o, 'manager')).find((i) => i.reportId === matter.id && i.state === 'undecided');
    expect(open?.note).toBe(`重要事项待批复:${subject.slice(0, 40)}`);
  });
});
