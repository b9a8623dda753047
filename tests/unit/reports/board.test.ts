import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../src-shared/contract';
import { call, expectError, expectOk, startOffice } from '../../helpers/core-harness';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f06Decision, f06Sample } from '../../fixtures/forms/f06-sample';
import { visitDay } from '../core/f01-fixtures';
import { type Office, file, save, travel } from './office';

type Board = OutputOf<'board.get'>;
const WEEK_F01 = { from: '2026-11-23', to: '2026-11-29', formCode: 'F01' } as const;
const SUNDAY_24 = '2026-11-29T16:00:00.000Z';

async function board(
  o: Office,
  who: 'manager' | 'wang' | 'li' | 'clerk',
  input: object = WEEK_F01,
): Promise<Board> {
  return expectOk(await call(o.core, o[who], 'board.get', input as never));
}

const states = (b: Board, authorId: number) =>
  b.cells.filter((c) => c.authorId === authorId).map((c) => [c.periodKey, c.state]);

describe('board.get', () => {
  it('shows the clerk the drafts she typed in and hides a rep’s own drafts from her', async () => {
    const o = await startOffice();
    const typed = await save(o, o.clerk, 'F01', '2026-11-24', visitDay(), { authorId: o.wangId });
    const own = await save(o, o.wang, 'F01', '2026-11-25', visitDay());
    const filed = await file(o, o.wang, 'F01', '2026-11-23', visitDay());

    const cell = (b: Board, day: string) =>
      b.cells.find((c) => c.authorId === o.wangId && c.periodKey === day)!;
    const clerk = await board(o, 'clerk');
    expect([cell(clerk, '2026-11-24').state, cell(clerk, '2026-11-24').reportId]).toEqual([
      'draft',
      typed.id,
    ]);
    expect([cell(clerk, '2026-11-25').state, cell(clerk, '2026-11-25').reportId]).toEqual(['draft', null]);
    expect([cell(clerk, '2026-11-23').state, cell(clerk, '2026-11-23').reportId]).toEqual([
      'submitted',
      filed.id,
    ]);
    // The rep sees his own draft as his and can open it.
    expect(cell(await board(o, 'wang'), '2026-11-25').reportId).toBe(own.id);
  });

  it('marks a missing 走访表 overdue only after Sunday 24:00 and counts punctuality', async () => {
    const o = await startOffice();
    const mon = await file(o, o.wang, 'F01', '2026-11-23', visitDay());
    const thu = await save(o, o.wang, 'F01', '2026-11-26', visitDay());

    await travel(o, '2026-11-29T15:59:00.000Z');
    const before = await board(o, 'wang');
    expect(before.people).toEqual([{ id: o.wangId, name: '王芳', role: 'rep' }]);
    expect(new Set(before.cells.map((c) => c.authorId))).toEqual(new Set([o.wangId]));
    expect(states(before, o.wangId)).toEqual([
      ['2026-11-23', 'submitted'],
      ['2026-11-24', 'notStarted'],
      ['2026-11-25', 'notStarted'],
      ['2026-11-26', 'draft'],
      ['2026-11-27', 'notStarted'],
    ]);
    expect(before.cells.every((c) => c.dueAt === SUNDAY_24)).toBe(true);
    expect(before.cells.find((c) => c.periodKey === '2026-11-26')!.reportId).toBe(thu.id);
    expect(before.punctuality).toEqual([{ authorId: o.wangId, onTime: 1, late: 0, missing: 0, rate: 1 }]);
    // A rep asking for a colleague's row gets nothing.
    const peek = await board(o, 'wang', { ...WEEK_F01, authorId: o.liId });
    expect([peek.people, peek.cells]).toEqual([[], []]);

    o.clock.set('2026-11-29T16:01:00.000Z');
    const tue = await file(o, o.wang, 'F01', '2026-11-24', visitDay());
    expect(tue.onTime).toBe(false);
    const after = await board(o, 'wang');
    expect(states(after, o.wangId)).toEqual([
      ['2026-11-23', 'submitted'],
      ['2026-11-24', 'submitted'],
      ['2026-11-25', 'overdue'],
      ['2026-11-26', 'overdue'],
      ['2026-11-27', 'overdue'],
    ]);
    expect(after.cells.map((c) => c.onTime)).toEqual([true, false, null, null, null]);
    expect(after.cells[0]!.reportId).toBe(mon.id);
    expect(after.punctuality).toEqual([{ authorId: o.wangId, onTime: 1, late: 1, missing: 3, rate: 0.2 }]);

    // The manager sees everyone. He files a 走访表 only when he visits alone, so no day of his is
    // expected, and none can be missing.
    const all = await board(o, 'manager');
    expect(all.people.map((p) => p.id).sort()).toEqual([o.managerId, o.wangId, o.liId].sort());
    expect(states(all, o.liId).map(([, s]) => s)).toEqual(Array(5).fill('overdue'));
    expect(states(all, o.managerId)).toEqual([]);
    const rate = (id: number) => all.punctuality.find((p) => p.authorId === id);
    expect(rate(o.liId)).toEqual({ authorId: o.liId, onTime: 0, late: 0, missing: 5, rate: 0 });
    expect(rate(o.managerId)).toMatchObject({ missing: 0, rate: null });

    // A day he visited alone shows, with its own deadline at 销售部, and counts as on time.
    const alone = await file(o, o.manager, 'F01', '2026-11-25', visitDay());
    const withVisit = await board(o, 'manager');
    expect(withVisit.cells.filter((c) => c.authorId === o.managerId)).toEqual([
      expect.objectContaining({
        periodKey: '2026-11-25',
        state: 'submitted',
        reportId: alone.id,
        onTime: true,
      }),
    ]);
    expect(withVisit.cells.find((c) => c.authorId === o.managerId)!.dueAt).toBe(alone.dueAt);
    expect(withVisit.punctuality.find((p) => p.authorId === o.managerId)).toMatchObject({
      onTime: 1,
      missing: 0,
      rate: 1,
    });
    expect(rate(o.wangId)).toMatchObject({ rate: 0.2 });
  });

  it('lists a rep’s 周报 the manager has not reviewed within two working days, and only then', async () => {
    const o = await startOffice(); // Thursday
    const weekly = await file(o, o.wang, 'F03', '2026-W48', f03Sample());
    expect(weekly.reviewDueAt).toBe('2026-11-30T16:00:00.000Z'); // Friday and Monday
    await file(o, o.manager, 'F03', '2026-W48', f03Sample());
    await file(o, o.li, 'F04', '2026-11', f04Sample());
    await file(o, o.li, 'F01', '2026-11-26', visitDay());

    await travel(o, '2026-11-30T15:59:00.000Z');
    expect((await board(o, 'manager')).reviewsOverdue).toEqual([]);
    o.clock.set('2026-11-30T16:01:00.000Z');
    const late = await board(o, 'manager');
    expect(late.reviewsOverdue.map((r) => [r.id, r.formCode, r.author.name])).toEqual([
      [weekly.id, 'F03', '王芳'],
    ]);
    expect((await board(o, 'li')).reviewsOverdue).toEqual([]);

    expectOk(await call(o.core, o.manager, 'reports.approve', { id: weekly.id, comment: '已阅。' }));
    expect((await board(o, 'manager')).reviewsOverdue).toEqual([]);
  });

  it('lists submitted 重要事项报告 without a 批复意见 until the manager decides', async () => {
    const o = await startOffice();
    await save(o, o.wang, 'F06', '2026-11-26.1', f06Sample());
    const li = await file(o, o.li, 'F06', '2026-11-26.1', f06Sample());
    const wang = await file(o, o.wang, 'F06', '2026-11-26.2', f06Sample());
    expectOk(await call(o.core, o.manager, 'reports.approve', { id: wang.id, comment: '' }));

    const ids = async (who: 'manager' | 'wang') => (await board(o, who)).undecided.map((r) => r.id).sort();
    expect(await ids('manager')).toEqual([li.id, wang.id].sort());
    expect(await ids('wang')).toEqual([wang.id]);

    expectOk(await call(o.core, o.manager, 'reports.decide', { id: li.id, values: f06Decision() }));
    expect(await ids('manager')).toEqual([wang.id]);
    const blank = { ...f06Decision(), decisionText: '   ' };
    expectError(await call(o.core, o.manager, 'reports.decide', { id: wang.id, values: blank }), 'BAD_INPUT');
    expect(await ids('manager')).toEqual([wang.id]);
  });

  it('refuses a range that runs backwards or spans more than about a year', async () => {
    const o = await startOffice();
    const backwards = await call(o.core, o.manager, 'board.get', { from: '2026-11-30', to: '2026-11-01' });
    expect(expectError(backwards, 'BAD_INPUT').message).toContain('开始日期不能晚于结束日期');
    const long = await call(o.core, o.manager, 'board.get', { from: '2025-01-01', to: '2026-03-01' });
    expect(expectError(long, 'BAD_INPUT').message).toContain('最多显示约一年');
    const year = await call(o.core, o.manager, 'board.get', { from: '2026-01-01', to: '2026-12-31' });
    expect(expectOk(year).cells.length).toBeGreaterThan(0);
    expectError(await call(o.core, o.wang, 'board.get', { from: '2026-11', to: '2026-11-30' }), 'BAD_INPUT');
  });

  // The contract checks only the shape YYYY-MM-DD; periodsBetween then throws on 2026-02-30.
  it('refuses a day that does not exist instead of failing inside', async () => {
    const o = await startOffice();
    const result = await call(o.core, o.manager, 'board.get', { from: '2026-02-30', to: '2026-03-10' });
    expectError(result, 'BAD_INPUT');
  });
});
