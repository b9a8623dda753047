import type { Kysely } from 'kysely';
import { periodLabel, periodsBetween } from '../../../../src-shared/domain/periods';
import type { DB } from '../../db/database';
import type { PrefillScope } from './prefill-sources';

const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * The quarter's monthly sales targets and results the region reported in its 月工作总结: the
 * reps' submitted figures added up per month (the manager writes the quarterly analysis).
 */
export async function quarterMonthlySales(
  db: Kysely<DB>,
  s: PrefillScope,
): Promise<{ month: string; target: number; actual: number }[]> {
  const months = periodsBetween('month', s.first, s.last);
  const rows = await db
    .selectFrom('reports')
    .innerJoin('users', 'users.id', 'reports.author_id')
    .select(['reports.period_key', 'reports.data'])
    .where('reports.form_code', '=', 'F04')
    .where('users.role', '=', 'rep')
    .where('reports.status', 'in', ['submitted', 'approved', 'sent'])
    .where('reports.period_key', 'in', months)
    .execute();
  return months.map((month) => {
    const ofMonth = rows
      .filter((r) => r.period_key === month)
      .map((r) => JSON.parse(r.data) as Record<string, unknown>);
    return {
      month: periodLabel('month', month),
      target: ofMonth.reduce((n, d) => n + amount(d.salesTarget), 0),
      actual: ofMonth.reduce((n, d) => n + amount(d.salesActual), 0),
    };
  });
}

/** The quarter's sales target of the region: the reps' monthly targets added up. */
export async function quarterSalesTarget(db: Kysely<DB>, s: PrefillScope): Promise<number> {
  const rows = await quarterMonthlySales(db, s);
  return rows.reduce((n, r) => n + r.target, 0);
}

/** The quarter's sales result of the region: the reps' monthly results added up. */
export async function quarterSalesActual(db: Kysely<DB>, s: PrefillScope): Promise<number> {
  const rows = await quarterMonthlySales(db, s);
  return rows.reduce((n, r) => n + r.actual, 0);
}
