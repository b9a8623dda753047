import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../src-shared/contract';
import {
  call,
  expectError,
  expectOk,
  FakeCaller,
  OFFICE,
  openTestCore,
  REP_LI,
  setupOffice,
  startOffice,
} from '../../helpers/core-harness';
import { visitDay } from '../core/f01-fixtures';
import { file, travel } from '../reports/office';

type Board = OutputOf<'board.get'>;

/** Friday 4 December 2026, 10:00 in the office. */
const FRIDAY_10 = '2026-12-04T02:00:00.000Z';

const cellsOf = (b: Board, authorId: number, formCode = 'F01') =>
  b.cells.filter((c) => c.authorId === authorId && c.formCode === formCode);

describe('a new office', () => {
  it('owes nothing from before its first day: nothing overdue, the first item due is this week’s', async () => {
    const o = await startOffice(FRIDAY_10, { startDate: '2026-12-04' });
    const office = expectOk(await call(o.core, o.manager, 'setup.status', {})).office!;
    expect(office.startDate).toBe('2026-12-04');

    const home = expectOk(await call(o.core, o.wang, 'home.summary', {}));
    expect(home.items.filter((i) => i.state === 'overdue')).toEqual([]);
    const first = [...home.items].sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
    // Today's 走访表, handed in with the week on Sunday 24:00.
    expect([first.formCode, first.periodKey, first.dueAt]).toEqual([
      'F01',
      '2026-12-04',
      '2026-12-06T16:00:00.000Z',
    ]);
    expect(home.items.every((i) => i.periodKey >= '2026-12-04' || i.periodKey === '2026-W49')).toBe(true);

    const board = expectOk(
      await call(o.core, o.manager, 'board.get', { from: '2026-11-01', to: '2026-12-31' }),
    );
    expect(board.cells.filter((c) => c.state === 'overdue')).toEqual([]);
    expect(cellsOf(board, o.wangId).map((c) => c.periodKey)[0]).toBe('2026-12-04');
    expect(board.punctuality.every((p) => p.missing === 0)).toBe(true);

    // November went by before the office existed: its bundle lacks nothing of November, only the
    // manager's plan for December, which goes to 销售部 with it by the 5th.
    const november = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: '2026-11' }));
    expect(november.gaps.map((g) => [g.formCode, g.periodKey, g.authorId])).toEqual([
      ['F05', '2026-12', o.managerId],
    ]);
  });

  it('refuses a start date more than a year back or a month ahead, at the field, and stores nothing', async () => {
    const o = await startOffice(FRIDAY_10, { startDate: '2026-12-01' });
    const tooOld = expectError(
      await call(o.core, o.manager, 'office.update', { ...OFFICE, startDate: '2025-11-01' }),
      'BAD_INPUT',
    );
    expect(tooOld.fields).toEqual({ startDate: '启用日期不能早于一年前' });
    const tooLate = expectError(
      await call(o.core, o.manager, 'office.update', { ...OFFICE, startDate: '2027-02-01' }),
      'BAD_INPUT',
    );
    expect(tooLate.fields).toEqual({ startDate: '启用日期最多可设在今天之后 31 天' });
    expect(expectOk(await call(o.core, o.manager, 'setup.status', {})).office!.startDate).toBe('2026-12-01');

    // Moving it back makes the days since then due again.
    const moved = expectOk(
      await call(o.core, o.manager, 'office.update', { ...OFFICE, startDate: '2026-11-23' }),
    );
    expect(moved.startDate).toBe('2026-11-23');
  });

  it('starts on the day of setup when the wizard is not told otherwise', async () => {
    const t = await openTestCore(FRIDAY_10);
    await setupOffice(t.core);
    const status = expectOk(await call(t.core, new FakeCaller(), 'setup.status', {}));
    expect(status.office!.startDate).toBe('2026-12-04');
  });
});

describe('a person', () => {
  it('owes reports from the day they joined', async () => {
    const o = await startOffice('2026-11-02T01:00:00.000Z', { startDate: '2026-11-02' });
    await travel(o, '2026-11-18T02:00:00.000Z', 'manager');
    const zhao = expectOk(
      await call(o.core, o.manager, 'people.create', {
        ...REP_LI,
        username: 'zhaolei',
        displayName: '赵磊',
        joinedOn: '2026-11-18',
      }),
    );
    await travel(o, '2026-11-30T02:00:00.000Z', 'manager');
    const board = expectOk(
      await call(o.core, o.manager, 'board.get', { from: '2026-11-01', to: '2026-11-30', formCode: 'F01' }),
    );
    const days = cellsOf(board, zhao.id).map((c) => c.periodKey);
    expect(days[0]).toBe('2026-11-18');
    expect(days).toHaveLength(9); // 18–20 and 23–27 November, and the 30th
    // Whoever was there from the start owes all of November's working days up to today.
    expect(cellsOf(board, o.wangId)).toHaveLength(21);
  });

  it('stops owing reports after the day they were deactivated, yet still owes the days before', async () => {
    const o = await startOffice('2026-11-02T01:00:00.000Z', { startDate: '2026-11-02' });
    await travel(o, '2026-11-17T10:00:00.000Z', 'li');
    await file(o, o.li, 'F01', '2026-11-16', visitDay());
    await travel(o, '2026-11-18T09:00:00.000Z', 'manager');
    const li = expectOk(await call(o.core, o.manager, 'people.list', {})).find((p) => p.id === o.liId)!;
    expectOk(
      await call(o.core, o.manager, 'people.update', {
        id: li.id,
        displayName: li.displayName,
        role: li.role,
        phone: li.phone,
        active: false,
      }),
    );

    await travel(o, '2026-12-02T02:00:00.000Z', 'manager');
    const board = expectOk(
      await call(o.core, o.manager, 'board.get', { from: '2026-11-01', to: '2026-11-30', formCode: 'F01' }),
    );
    const liDays = cellsOf(board, o.liId);
    expect(liDays.map((c) => c.periodKey).at(-1)).toBe('2026-11-18');
    expect(liDays.map((c) => [c.periodKey, c.state])).toContainEqual(['2026-11-16', 'submitted']);
    // Thirteen working days from the 2nd to the 18th, one of them filed.
    expect(liDays).toHaveLength(13);
    expect(board.punctuality.find((p) => p.authorId === o.liId)).toMatchObject({ onTime: 1, missing: 12 });

    const gaps = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: '2026-11' })).gaps;
    const liMissing = gaps.filter(
      (g) => g.authorId === o.liId && g.formCode === 'F01' && g.state === 'missing',
    );
    expect(liMissing.map((g) => g.periodKey).at(-1)).toBe('2026-11-18');
    expect(liMissing).toHaveLength(12);
  });
});
