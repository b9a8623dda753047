import type { KpiRow } from '../../../../src-shared/contract/performance';
import { type KpiMonth, periodKpis, rank } from '../../../../src-shared/domain/performance';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { shiftPeriod } from '../../../../src-shared/domain/periods';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { monthKpis } from './month-kpis';
import { loadPerformanceSettings } from './performance-settings';

/** A month's KPI row as a period adds it up. */
export function kpiMonthOf(r: KpiRow): KpiMonth {
  return {
    kpis: r.kpis,
    salesTarget: r.figures.salesTarget,
    salesActual: r.figures.salesActual,
    collectionTarget: r.figures.collectionTarget,
    collectionActual: r.figures.collectionActual,
    previousCustomers: r.basis.previousCustomers,
    keptCustomers: r.basis.keptCustomers,
    dueReports: r.basis.dueReports,
    onTimeReports: r.basis.onTimeReports,
    jointVisits: r.basis.jointVisitReportIds.length,
  };
}

/**
 * The months (YYYY-MM) of a quarter (YYYY-Qn) or a year (YYYY) that have ended by today: a month in
 * progress would count its whole target against a few days of sales.
 */
export function monthsOfPeriod(key: string, today: string): string[] {
  const year = key.slice(0, 4);
  const q = /-Q([1-4])$/.exec(key);
  const first = q ? (Number(q[1]) - 1) * 3 + 1 : 1;
  const count = q ? 3 : 12;
  const months = Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
  return months.filter((m) => m < today.slice(0, 7));
}

/**
 * A quarter's or a year's ranking (季度、年度排名): each rep's months added up by periodKpis (rates
 * from summed figures and counts), the total score by the month's formula, ranked.
 */
export async function periodRanking(ctx: HandlerContext, me: SessionUser, key: string) {
  const months = monthsOfPeriod(key, officeDay(ctx.now()));
  const [settings, perMonth] = await Promise.all([
    loadPerformanceSettings(ctx.db),
    Promise.all(months.map((m) => monthKpis(ctx, me, m))),
  ]);
  const byRep = new Map<number, { name: string; months: KpiMonth[] }>();
  for (const rows of perMonth)
    for (const r of rows) {
      const held = byRep.get(r.userId) ?? { name: r.name, months: [] };
      held.months.push(kpiMonthOf(r));
      byRep.set(r.userId, held);
    }
  const rows = [...byRep].map(([userId, { name, months: ms }]) => ({
    userId,
    name,
    ...periodKpis(ms, settings.score),
  }));
  return {
    key,
    months,
    rows: rank(rows, (r) => r.score).map(({ item, rank: place }) => ({ ...item, rank: place })),
  };
}

/** A rep's last twelve months up to `month`: the total score and the sales figures of each. */
export async function repTrend(ctx: HandlerContext, me: SessionUser, userId: number, month: string) {
  const months = Array.from({ length: 12 }, (_, i) => shiftPeriod('month', month, i - 11));
  const perMonth = await Promise.all(months.map((m) => monthKpis(ctx, me, m)));
  return months.map((m, i) => {
    const found = perMonth[i]!.find((r) => r.userId === userId);
    // A month the rep owed no report and had no figures (before joining, say) is a gap, not a zero.
    const row =
      found &&
      (found.basis.dueReports > 0 || found.figures.salesTarget !== null || found.figures.salesActual !== null)
        ? found
        : undefined;
    return {
      month: m,
      score: row?.score ?? null,
      rank: row?.rank ?? null,
      salesRate: row?.kpis.salesRate ?? null,
      salesTarget: row?.figures.salesTarget ?? null,
      salesActual: row?.figures.salesActual ?? null,
    };
  });
}
