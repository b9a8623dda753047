import { describe, expect, it } from 'vitest';
import { trainingStats } from '../../../src-shared/domain/training/stats';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { DEC_8, officeRegionId, schedule, type TrainingOffice } from './training-office';

/** 赵磊 joins on 1 November, in the middle of the fourth quarter. */
async function joiner(o: TrainingOffice) {
  return expectOk(
    await call(o.core, o.manager, 'people.create', {
      username: 'zhaolei',
      displayName: '赵磊',
      role: 'rep',
      password: 'zhaolei-2026',
      phone: '13900001111',
      joinedOn: '2026-11-01',
    }),
  ).id;
}

/**
 * Two held sessions of the quarter: 20 October (王芳, 李军, and 赵磊 named by hand before he
 * joined) and 20 November for the whole region (王芳, 李军, 赵磊, 陈静).
 */
async function quarterOfTraining(o: TrainingOffice) {
  const zhao = await joiner(o);
  const october = await schedule(o, { day: '2026-10-20', attendeeIds: [o.wangId, o.liId, zhao] });
  const november = await schedule(o, {
    day: '2026-11-20',
    category: '销售技巧',
    startTime: '14:00',
    endTime: '16:00',
    regionIds: [officeRegionId(o)],
  });
  expectOk(
    await call(o.core, o.clerk, 'training.attendance', {
      id: october,
      entries: [
        { userId: o.wangId, attendance: 'present', score: 80 },
        { userId: o.liId, attendance: 'excused' },
        { userId: zhao, attendance: 'absent' },
      ],
    }),
  );
  expectOk(
    await call(o.core, o.clerk, 'training.attendance', {
      id: november,
      entries: [
        { userId: o.wangId, attendance: 'late', score: 90 },
        { userId: o.liId, attendance: 'present', score: 75.5 },
        { userId: zhao, attendance: 'present', score: 70 },
        { userId: o.clerkId, attendance: 'excused' },
      ],
    }),
  );
  return { zhao, october, november };
}

describe('attendance from the signed sheet', () => {
  it('records each mark and score with the clerk who entered it, and marks the session held', async () => {
    const o = await startOffice(DEC_8);
    const id = await schedule(o, { attendeeIds: [o.wangId, o.liId] });
    const detail = expectOk(
      await call(o.core, o.clerk, 'training.attendance', {
        id,
        entries: [
          { userId: o.wangId, attendance: 'present', score: 92 },
          { userId: o.liId, attendance: 'late', score: null },
        ],
      }),
    );
    expect(detail.session).toMatchObject({ status: 'held', attendeeCount: 2, enteredCount: 2 });
    expect(detail.attendees.find((a) => a.userId === o.wangId)).toMatchObject({
      attendance: 'present',
      score: 92,
      enteredByName: '陈静',
      enteredAt: DEC_8,
    });
    expect(readRows(o.dbFile, 'select user_id, entered_by from training_attendees order by user_id')).toEqual(
      [
        { user_id: o.wangId, entered_by: o.clerkId },
        { user_id: o.liId, entered_by: o.clerkId },
      ],
    );
    // A rep reads their own mark only, and enters none.
    const own = expectOk(await call(o.core, o.li, 'training.session', { id }));
    expect(own.attendees).toEqual([expect.objectContaining({ userId: o.liId, attendance: 'late' })]);
    expectError(
      await call(o.core, o.wang, 'training.attendance', {
        id,
        entries: [{ userId: o.wangId, attendance: 'present', score: 100 }],
      }),
      'FORBIDDEN',
    );
    // Once held, the arrangement stays as it was.
    expectError(await call(o.core, o.manager, 'training.cancel', { id, reason: '录错了' }), 'INVALID_STATE');
  });

  it('refuses a person not invited, a score outside 0–100 or a score for an absentee, storing nothing', async () => {
    const o = await startOffice(DEC_8);
    const id = await schedule(o, { attendeeIds: [o.wangId] });
    const before = tableChecksums(o.dataDir);
    const stranger = expectError(
      await call(o.core, o.clerk, 'training.attendance', {
        id,
        entries: [
          { userId: o.wangId, attendance: 'present', score: 90 },
          { userId: o.liId, attendance: 'present', score: 80 },
        ],
      }),
      'BAD_INPUT',
    );
    expect(stranger.message).toBe('李军 不在本次培训的参训名单中,不能录入出勤。');
    for (const score of [101, -5]) {
      const bad = expectError(
        await call(o.core, o.clerk, 'training.attendance', {
          id,
          entries: [{ userId: o.wangId, attendance: 'present', score }],
        }),
        'BAD_INPUT',
      );
      expect(bad.message).toContain('成绩须在0到100分之间');
    }
    const absentee = expectError(
      await call(o.core, o.clerk, 'training.attendance', {
        id,
        entries: [{ userId: o.wangId, attendance: 'absent', score: 60 }],
      }),
      'BAD_INPUT',
    );
    expect(absentee.message).toContain('缺席的人员不能有测试成绩');
    expectError(
      await callRaw(o.core, o.clerk, 'training.attendance', {
        id,
        entries: [{ userId: o.wangId, attendance: 'sick' }],
      }),
      'BAD_INPUT',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
    // Not yet held: nothing to enter.
    const later = await schedule(o, { day: '2026-12-20', attendeeIds: [o.wangId] });
    expectError(
      await call(o.core, o.clerk, 'training.attendance', {
        id: later,
        entries: [{ userId: o.wangId, attendance: 'present' }],
      }),
      'INVALID_STATE',
    );
  });
});

describe('training figures per person and quarter', () => {
  it('counts a mid-quarter joiner from the day he joined, and leaves 请假 out of the rate by default', async () => {
    const o = await startOffice(DEC_8);
    const { zhao } = await quarterOfTraining(o);
    const q4 = expectOk(await call(o.core, o.manager, 'training.figures', { quarter: '2026-Q4' }));
    expect(q4).toMatchObject({
      quarter: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31',
      excusedCountsAsAbsent: false,
    });
    const of = (id: number) => q4.people.find((p) => p.userId === id);
    expect(of(o.wangId)).toMatchObject({
      name: '王芳',
      invited: 2,
      present: 1,
      late: 1,
      attended: 2,
      hours: 4.5,
      rate: 1,
      averageScore: 85,
    });
    // 李军 was excused in October: not held against him.
    expect(of(o.liId)).toMatchObject({
      invited: 2,
      excused: 1,
      attended: 1,
      hours: 2,
      rate: 1,
      averageScore: 75.5,
    });
    // 赵磊 was on October's list, but joined on 1 November: only November counts.
    expect(of(zhao)).toMatchObject({
      invited: 1,
      absent: 0,
      attended: 1,
      hours: 2,
      rate: 1,
      averageScore: 70,
    });
    // 陈静 was only excused: nothing to measure.
    expect(of(o.clerkId)).toMatchObject({ invited: 1, excused: 1, rate: null, averageScore: null });

    expectOk(
      await call(o.core, o.manager, 'training.updateSettings', {
        categories: ['产品知识', '销售技巧', '行业动态', '制度与合规', '其他'],
        excusedCountsAsAbsent: true,
      }),
    );
    const strict = expectOk(await call(o.core, o.manager, 'training.figures', { quarter: '2026-Q4' }));
    expect(strict.excusedCountsAsAbsent).toBe(true);
    expect(strict.people.find((p) => p.userId === o.liId)?.rate).toBe(0.5);
    expect(strict.people.find((p) => p.userId === o.clerkId)?.rate).toBe(0);

    // A rep reads their own figures only.
    const own = expectOk(await call(o.core, o.wang, 'training.figures', { quarter: '2026-Q4' }));
    expect(own.people.map((p) => p.userId)).toEqual([o.wangId]);
    expectError(
      await call(o.core, o.wang, 'training.figures', { quarter: '2026-Q4', userId: o.liId }),
      'FORBIDDEN',
    );
    expect(
      expectOk(await call(o.core, o.manager, 'training.figures', { quarter: '2026-Q3' })).people,
    ).toEqual([]);
  });

  it('computes the same from plain data: held sessions only, membership dates respected', () => {
    const sessions = [
      { id: 1, day: '2026-10-20', hours: 2.5, status: 'held' as const },
      { id: 2, day: '2026-11-20', hours: 2, status: 'held' as const },
      { id: 3, day: '2026-11-25', hours: 3, status: 'scheduled' as const },
      { id: 4, day: '2027-01-05', hours: 3, status: 'held' as const },
    ];
    const invitations = [1, 2, 3, 4].map((sessionId) => ({
      sessionId,
      userId: 7,
      attendance: sessionId === 2 ? ('excused' as const) : ('present' as const),
      score: null,
    }));
    const base = { from: '2026-10-01', to: '2026-12-31', sessions, invitations };
    expect(trainingStats({ ...base, excusedCountsAsAbsent: false })[0]).toMatchObject({
      invited: 2,
      attended: 1,
      hours: 2.5,
      rate: 1,
    });
    expect(trainingStats({ ...base, excusedCountsAsAbsent: true })[0]?.rate).toBe(0.5);
    // Joined on 1 November: October's session is not his.
    expect(
      trainingStats({
        ...base,
        excusedCountsAsAbsent: false,
        memberships: [{ userId: 7, fromDay: '2026-11-01', toDay: null }],
      })[0],
    ).toMatchObject({ invited: 1, attended: 0, hours: 0, rate: null });
  });
});
