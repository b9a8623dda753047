import { periodLabel, periodsBetween } from '../../../../src-shared/domain/periods';
import type { Db } from '../../db/database';
import { officialFigures } from '../sales';
import type { PrefillScope } from './prefill-sources';
import { authorMonthTargets } from './prefill-targets';

/**
 * The quarter's monthly sales targets and results of the region (the manager writes the quarterly
 * analysis): each month's target from 销售目标 (the region's, else its reps' added up), or where
 * none is set the targets the reps wrote in their 月工作总结; the results are the reps' official
 * monthly figures added up.
 */
export async function quarterMonthlySales(
  db: Db,
  s: PrefillScope,
): Promise<{ month: string; target: number; actual: number }[]> {
  const months = periodsBetween('month', s.first, s.last);
  const [figures, targets] = await Promise.all([
    officialFigures(db, months, { roles: ['rep'] }),
    authorMonthTargets(db, { ...s, authorRole: 'manager' }),
  ]);
  return months.map((month) => {
    const ofMonth = figures.filter((f) => f.month === month);
    return {
      month: periodLabel('month', month),
      target: targets.get(month)?.sales ?? ofMonth.reduce((n, f) => n + (f.salesTarget ?? 0), 0),
      actual: ofMonth.reduce((n, f) => n + (f.salesActual ?? 0), 0),
    };
  });
}

/** The quarter's sales target of the region: the reps' monthly targets added up. */
export async function quarterSalesTarget(db: Db, s: PrefillScope): Promise<number> {
  const rows = await quarterMonthlySales(db, s);
  return rows.reduce((n, r) => n + r.target, 0);
}

/** The quarter's sales result of the region: the reps' monthly results added up. */
export async function quarterSalesActual(db: Db, s: PrefillScope): Promise<number> {
  const rows = await quarterMonthlySales(db, s);
  return rows.reduce((n, r) => n + r.actual, 0);
}
