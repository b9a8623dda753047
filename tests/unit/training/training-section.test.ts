import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, expectOk, OFFICE, startOffice, queryRows } from '../../helpers/core-harness';
import { startHeadOffice } from '../head-office/head-office';
import { exportMonth, importAt } from '../head-office/ranking-offices';
import { DEC_8, schedule } from './training-office';

describe('training in the monthly bundle and at head office', () => {
  it('sends the month’s sessions and plan items, and head office sums hours per region and person', async () => {
    const o = await startOffice(DEC_8);
    const held = await schedule(o, { day: '2026-11-12', attendeeIds: [o.wangId, o.liId] });
    expectOk(
      await call(o.core, o.clerk, 'training.attendance', {
        id: held,
        entries: [
          { userId: o.wangId, attendance: 'present', score: 88 },
          { userId: o.liId, attendance: 'excused' },
        ],
      }),
    );
    await schedule(o, { day: '2026-12-03', attendeeIds: [o.wangId] });
    const sqlite = new Database(o.dbFile);
    sqlite
      .prepare(
        `insert into development_items (user_id, skill, goal, action, category, status, created_by, created_at, updated_at)
         values (?, '异议处理', '能应对价格异议', '参加销售技巧培训', '销售技巧', 'open', ?, ?, ?)`,
      )
      .run(o.liId, o.managerId, '2026-11-15T02:00:00.000Z', '2026-11-15T02:00:00.000Z');
    sqlite.close();

    const hq = await startHeadOffice(DEC_8);
    const { bundleId } = await importAt(hq, o, await exportMonth(o, '2026-11'));
    const stored = JSON.parse(
      String(
        (
          await queryRows(
            hq,
            `select data from ho_bundle_sections where bundle_id = ? and name = 'training'`,
            bundleId,
          )
        )[0]!.data,
      ),
    ) as {
      sessions: { id: number; attendees: unknown[] }[];
      development: unknown[];
      excusedCountsAsAbsent: boolean;
    };
    // Only November's session; December's goes out with December.
    expect(stored.sessions.map((s) => s.id)).toEqual([held]);
    expect(stored.sessions[0]).toMatchObject({
      day: '2026-11-12',
      status: 'held',
      hours: 2.5,
      internalTrainer: true,
    });
    expect(stored.sessions[0]!.attendees).toEqual([
      { userId: o.wangId, name: '王芳', attendance: 'present', score: 88 },
      { userId: o.liId, name: '李军', attendance: 'excused', score: null },
    ]);
    expect(stored.excusedCountsAsAbsent).toBe(false);
    expect(stored.development).toEqual([
      expect.objectContaining({
        userId: o.liId,
        skill: '异议处理',
        status: 'open',
        openedOn: '2026-11-15',
        closedOn: null,
      }),
    ]);

    const view = expectOk(await call(hq.core, hq.admin, 'hq.training', {}));
    expect(view.months).toEqual(['2026-11']);
    expect(view.regions).toEqual([
      {
        code: 'HD-03',
        name: OFFICE.regionName,
        sessions: 1,
        sessionHours: 2.5,
        personHours: 2.5,
        invited: 2,
        attended: 1,
        rate: 1,
        cells: [{ month: '2026-11', personHours: 2.5 }],
      },
    ]);
    expect(view.offices).toEqual([
      expect.objectContaining({ officeCode: 'HD-03', officeName: OFFICE.officeName, personHours: 2.5 }),
    ]);
    expect(view.people.map((p) => [p.name, p.personHours, p.rate, p.averageScore])).toEqual([
      ['王芳', 2.5, 1, 88],
      ['李军', 0, null, null],
    ]);
    const elsewhere = expectOk(
      await call(hq.core, hq.admin, 'hq.training', { region: 'HD-01', from: '2026-10', to: '2026-11' }),
    );
    expect(elsewhere.months).toEqual(['2026-10', '2026-11']);
    expect(elsewhere.people).toEqual([]);
    expect(elsewhere.regions.map((r) => r.code)).toEqual(['HD-03']);
  });
});
