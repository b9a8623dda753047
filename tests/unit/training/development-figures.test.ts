import { describe, expect, it } from 'vitest';
import { DEFAULT_BONUS_PLAN, DEFAULT_SCORE_SETTINGS } from '../../../src-shared/domain/performance';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { type Office, travel } from '../reports/office';
import { approvedVisit, holdSessions } from './development-office';

/** Thursday 26 November 2026, 10:00 in the office. */
const START = '2026-11-26T02:00:00.000Z';

/**
 * November: a 2-hour session 王芳 attended and 李军 missed, a 1.5-hour one she came late to and he
 * was excused from, a cancelled one and one whose sheet is not entered yet; September's is
 * another quarter.
 */
function novemberTraining(o: Office) {
  holdSessions(o, [
    {
      day: '2026-11-05',
      hours: 2,
      marks: [
        { userId: o.wangId, attendance: 'present' },
        { userId: o.liId, attendance: 'absent' },
      ],
    },
    {
      day: '2026-11-12',
      hours: 1.5,
      marks: [
        { userId: o.wangId, attendance: 'late' },
        { userId: o.liId, attendance: 'excused' },
      ],
    },
    { day: '2026-11-19', hours: 3, status: 'cancelled', marks: [{ userId: o.wangId, attendance: null }] },
    { day: '2026-09-10', hours: 2, marks: [{ userId: o.wangId, attendance: 'present' }] },
  ]);
}

describe('training and coaching figures elsewhere (述职报告, 绩效)', () => {
  it("pre-fills the F09's 团队管理与协访情况 with the quarter's training and coaching figures", async () => {
    const o = await startOffice(START);
    novemberTraining(o);
    // Two joint visits: the first finds 产品知识 wanting, the second sees it improved.
    await approvedVisit(o, '2026-11-10', { scoreProduct: 2 });
    await approvedVisit(o, '2026-11-17', { scoreProduct: 4 });

    const { values } = expectOk(
      await call(o.core, o.manager, 'reports.prefill', { formCode: 'F09', periodKey: '2026-Q4' }),
    );
    // Rate: 王芳 2 of 2, 李军 0 of 1 (请假 left out): 2 ÷ 3.
    expect(values.team).toBe(
      '本季度组织培训 2 场,共 3.5 小时,出席率 66.7%;协访 2 次(F02),发现待提升项 1 项,已改进 1 项。',
    );
    // The third quarter had its session and no visit.
    const q3 = expectOk(
      await call(o.core, o.manager, 'reports.prefill', { formCode: 'F09', periodKey: '2026-Q3' }),
    );
    expect(q3.values.team).toBe(
      '本季度组织培训 1 场,共 2 小时,出席率 100%;协访 0 次(F02),发现待提升项 0 项,已改进 0 项。',
    );
  });

  it('offers training hours as a KPI of weight 0: totals unchanged by default, hours counted once weighted', async () => {
    const o = await startOffice(START);
    const settings = expectOk(await call(o.core, o.manager, 'performance.settings', {}));
    expect(settings.score.weights.trainingHours).toBe(0);
    expect(settings.score.fullMarks.trainingHours).toBe(4);

    const without = expectOk(await call(o.core, o.clerk, 'kpi.month', { month: '2026-11' })).rows;
    expect(without.map((r) => r.kpis.trainingHours)).toEqual([null, null]);
    novemberTraining(o);
    const withHours = expectOk(await call(o.core, o.clerk, 'kpi.month', { month: '2026-11' })).rows;
    const hours = Object.fromEntries(withHours.map((r) => [r.name, r.kpis.trainingHours]));
    expect(hours).toEqual({ 王芳: 3.5, 李军: 0 });
    // Weight 0: every score and rank as before.
    expect(withHours.map((r) => [r.userId, r.score, r.rank])).toEqual(
      without.map((r) => [r.userId, r.score, r.rank]),
    );
    // A quarter is scored on the monthly mean of its ended months with attendance (October had none).
    await travel(o, '2026-12-02T02:00:00.000Z', 'clerk', 'manager');
    const baseline = expectOk(await call(o.core, o.clerk, 'kpi.month', { month: '2026-11' })).rows;
    const q4 = expectOk(await call(o.core, o.clerk, 'kpi.period', { key: '2026-Q4' })).rows;
    expect(Object.fromEntries(q4.map((r) => [r.name, r.kpis.trainingHours]))).toEqual({ 王芳: 3.5, 李军: 0 });

    // Training hours alone, full marks at 4 hours a month: 3.5 of 4 is 87.5 points.
    const weights = Object.fromEntries(Object.keys(DEFAULT_SCORE_SETTINGS.weights).map((k) => [k, 0]));
    expectOk(
      await call(o.core, o.manager, 'performance.updateSettings', {
        score: {
          ...DEFAULT_SCORE_SETTINGS,
          weights: { ...(weights as typeof DEFAULT_SCORE_SETTINGS.weights), trainingHours: 100 },
        },
        plan: DEFAULT_BONUS_PLAN,
      }),
    );
    const weighted = expectOk(await call(o.core, o.clerk, 'kpi.month', { month: '2026-11' })).rows;
    expect(weighted.map((r) => [r.name, r.score, r.rank])).toEqual([
      ['王芳', 87.5, 1],
      ['李军', 0, 2],
    ]);

    // Settings written before training hours existed read as weight 0 and leave the totals alone.
    const { trainingHours: _w, ...oldWeights } = DEFAULT_SCORE_SETTINGS.weights;
    const { trainingHours: _f, ...oldFullMarks } = DEFAULT_SCORE_SETTINGS.fullMarks;
    expectOk(
      await call(o.core, o.manager, 'performance.updateSettings', {
        score: { ...DEFAULT_SCORE_SETTINGS, weights: oldWeights, fullMarks: oldFullMarks },
        plan: DEFAULT_BONUS_PLAN,
      }),
    );
    const old = expectOk(await call(o.core, o.clerk, 'kpi.month', { month: '2026-11' })).rows;
    expect(old.map((r) => [r.userId, r.score])).toEqual(baseline.map((r) => [r.userId, r.score]));
  });
});
