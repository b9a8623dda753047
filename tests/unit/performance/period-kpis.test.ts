import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORE_SETTINGS,
  type KpiMonth,
  type MonthKpis,
  PERIOD_KPI_DEFINITIONS,
  periodKpis,
  periodScoreSettings,
  totalScore,
} from '../../../src-shared/domain/performance';

/** A month as the office computed it: the rates follow from the figures and counts given. */
function month(m: Partial<Omit<KpiMonth, 'kpis'>> & { kpis?: Partial<MonthKpis> }): KpiMonth {
  return {
    salesTarget: null,
    salesActual: null,
    collectionTarget: null,
    collectionActual: null,
    previousCustomers: 0,
    keptCustomers: 0,
    dueReports: 0,
    onTimeReports: 0,
    jointVisits: 0,
    ...m,
    kpis: {
      salesRate: null,
      collectionRate: null,
      newCustomers: 0,
      retentionRate: null,
      timelinessRate: null,
      jointVisitScore: null,
      ...m.kpis,
    },
  };
}

// 王芳's second quarter. April: 93,800 of 100,000, collections 50,000 of 80,000, 1 new customer,
// 2 of 4 customers kept, 20 of 22 reports on time, one 协访 of 32. May: 120,000 of 100,000, no
// collection target, none new, 3 of 3 kept, 22 of 22 on time, two 协访 averaging 36. June: the ERP
// has nothing yet (target 100,000, no actual), 2 new, nothing due.
const APRIL = month({
  kpis: {
    salesRate: 93.8,
    collectionRate: 62.5,
    newCustomers: 1,
    retentionRate: 50,
    timelinessRate: 90.9,
    jointVisitScore: 32,
  },
  salesTarget: 100_000,
  salesActual: 93_800,
  collectionTarget: 80_000,
  collectionActual: 50_000,
  previousCustomers: 4,
  keptCustomers: 2,
  dueReports: 22,
  onTimeReports: 20,
  jointVisits: 1,
});
const MAY = month({
  kpis: { salesRate: 120, newCustomers: 0, retentionRate: 100, timelinessRate: 100, jointVisitScore: 36 },
  salesTarget: 100_000,
  salesActual: 120_000,
  collectionActual: 70_000.1,
  previousCustomers: 3,
  keptCustomers: 3,
  dueReports: 22,
  onTimeReports: 22,
  jointVisits: 2,
});
const JUNE = month({ kpis: { salesRate: 0, newCustomers: 2 }, salesTarget: 100_000 });

describe('a period’s KPIs (季度、年度绩效)', () => {
  it('gives exactly the month’s KPIs and total score for a single month', () => {
    for (const m of [APRIL, MAY, JUNE]) {
      const p = periodKpis([m]);
      expect(p.kpis).toEqual(m.kpis);
      expect(p.score).toBe(totalScore(m.kpis));
      expect(p.months).toBe(1);
    }
  });

  it('adds up figures and counts over the months instead of averaging the rates', () => {
    const q2 = periodKpis([APRIL, MAY, JUNE]);
    expect(q2.kpis).toEqual({
      // (93,800 + 120,000 + 0) ÷ 300,000
      salesRate: 71.3,
      // Only April has a collection target: 50,000 ÷ 80,000; May's collections do not count.
      collectionRate: 62.5,
      newCustomers: 3,
      // (2 + 3) ÷ (4 + 3)
      retentionRate: 71.4,
      // (20 + 22) ÷ (22 + 22)
      timelinessRate: 95.5,
      // (32 × 1 + 36 × 2) ÷ 3
      jointVisitScore: 34.7,
    });
    expect(q2).toMatchObject({
      months: 3,
      salesTarget: 300_000,
      salesActual: 213_800,
      collectionTarget: 80_000,
      collectionActual: 120_000.1,
    });
    // The month's formula, full marks for new customers tripled (6 in a quarter):
    // (71.3×40 + 62.5×25 + 50×10 + 71.4×10 + 95.5×10 + 86.75×5) / 100 = 70.2
    expect(q2.score).toBe(70.2);
    expect(q2.score).toBe(totalScore(q2.kpis, periodScoreSettings(3)));
  });

  it('adds amounts in 分, so they never drift', () => {
    const cents = Array.from({ length: 12 }, () => month({ salesTarget: 0.1, salesActual: 0.2 }));
    const year = periodKpis(cents);
    expect(year.salesTarget).toBe(1.2);
    expect(year.salesActual).toBe(2.4);
    expect(year.kpis.salesRate).toBe(200);
  });

  it('leaves unmeasured KPIs out instead of counting them as 0', () => {
    const empty = periodKpis([
      month({ kpis: { newCustomers: null } }),
      month({ kpis: { newCustomers: null } }),
    ]);
    expect(empty.kpis).toEqual({
      salesRate: null,
      collectionRate: null,
      newCustomers: null,
      retentionRate: null,
      timelinessRate: null,
      jointVisitScore: null,
    });
    expect(empty.score).toBeNull();
    expect(empty.salesTarget).toBeNull();
    expect(periodKpis([]).months).toBe(0);
  });

  it('scales only the full marks of counts with the months, and keeps the settings given', () => {
    const year = periodScoreSettings(12);
    expect(year.fullMarks).toEqual({ ...DEFAULT_SCORE_SETTINGS.fullMarks, newCustomers: 24 });
    expect(year.weights).toEqual(DEFAULT_SCORE_SETTINGS.weights);
    expect(periodScoreSettings(0).fullMarks.newCustomers).toBe(2);
    expect(DEFAULT_SCORE_SETTINGS.fullMarks.newCustomers).toBe(2);
    expect(Object.keys(PERIOD_KPI_DEFINITIONS)).toEqual([...Object.keys(APRIL.kpis), 'score']);
  });
});
