import { describe, expect, it } from 'vitest';
import { monthsOfPeriod } from '../../../src-main/core/modules/performance/period-kpis';
import { call, expectError, expectOk, startOffice } from '../../helpers/core-harness';
import { importActuals } from '../../helpers/sales-figures';

/** Wednesday 2 December 2026, 10:00 in the office: October and November have ended. */
const START = '2026-12-02T02:00:00.000Z';

type Office = Awaited<ReturnType<typeof startOffice>>;

function importActual(o: Office, userId: number, month: string, sales: number) {
  importActuals(o.dbFile, [{ userId, month, sales }]);
}

async function targets(o: Office) {
  for (const [userId, annual] of [
    [o.wangId, 1_200_000],
    [o.liId, 600_000],
  ] as const)
    expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2026,
        scope: 'rep',
        userId,
        metric: 'sales',
        annual,
        method: 'equal',
      }),
    );
}

describe('quarter and year rankings, and a rep’s twelve-month trend', () => {
  it('counts only the months of the period that have ended', () => {
    expect(monthsOfPeriod('2026-Q4', '2026-12-02')).toEqual(['2026-10', '2026-11']);
    expect(monthsOfPeriod('2026-Q2', '2026-12-02')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOfPeriod('2026', '2026-03-15')).toEqual(['2026-01', '2026-02']);
    expect(monthsOfPeriod('2027-Q1', '2026-12-02')).toEqual([]);
  });

  it('ranks the quarter by the summed figures, not the mean of the months’ rates', async () => {
    const o = await startOffice(START);
    await targets(o);
    // 王芳: 100,000 a month; 120,000 in October, 60,000 in November: 180,000 of 200,000 = 90 %.
    importActual(o, o.wangId, '2026-10', 120_000);
    importActual(o, o.wangId, '2026-11', 60_000);
    // 李军: 50,000 a month; 50,000 and 50,000: 100 %.
    importActual(o, o.liId, '2026-10', 50_000);
    importActual(o, o.liId, '2026-11', 50_000);

    const q4 = expectOk(await call(o.core, o.clerk, 'kpi.period', { key: '2026-Q4' }));
    expect(q4.months).toEqual(['2026-10', '2026-11']);
    const wang = q4.rows.find((r) => r.userId === o.wangId)!;
    const li = q4.rows.find((r) => r.userId === o.liId)!;
    expect(wang).toMatchObject({ months: 2, salesTarget: 200_000, salesActual: 180_000 });
    expect(wang.kpis.salesRate).toBe(90);
    expect(li.kpis.salesRate).toBe(100);
    expect(li.rank).toBe(1);
    expect(wang.rank).toBe(2);

    const trend = expectOk(
      await call(o.core, o.manager, 'kpi.trend', { userId: o.wangId, month: '2026-11' }),
    );
    expect(trend.map((t) => t.month)).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(trend.slice(-2).map((t) => [t.salesRate, t.salesActual])).toEqual([
      [120, 120_000],
      [60, 60_000],
    ]);
    expect(trend[0]!.salesTarget).toBeNull();
  });

  it('refuses a malformed period in Chinese', async () => {
    const o = await startOffice(START);
    const bad = expectError(await call(o.core, o.manager, 'kpi.period', { key: '2026-Q5' }), 'BAD_INPUT');
    expect(bad.fields).toMatchObject({ key: '期间格式应为 2026-Q2(季度)或 2026(年度)' });
    expectError(await call(o.core, o.wang, 'kpi.period', { key: '2026' }), 'FORBIDDEN');
  });
});
