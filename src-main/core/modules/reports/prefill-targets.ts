import { spanTarget } from '../../../../src-shared/domain/performance';
import { periodsBetween } from '../../../../src-shared/domain/periods';
import type { Db } from '../../db/database';
import { type MonthTarget, monthTargetsOf } from '../targets';
import type { PrefillScope } from './prefill-sources';

/**
 * The 销售目标 of the months a report's period touches, for its author: a rep's own, a manager's
 * region's (the region's target, else its reps' added up).
 */
export function authorMonthTargets(db: Db, s: PrefillScope): Promise<Map<string, MonthTarget>> {
  const months = periodsBetween('month', s.first, s.last);
  return monthTargetsOf(
    db,
    s.authorRole === 'rep' ? { scope: 'rep', userId: s.authorId } : { scope: 'region' },
    months,
  );
}

/** The target of one metric over the report's period; undefined (left for the author) without one. */
async function periodTarget(db: Db, s: PrefillScope, metric: keyof MonthTarget): Promise<number | undefined> {
  const months = await authorMonthTargets(db, s);
  const byMonth = new Map([...months].map(([m, t]) => [m, t[metric]]));
  return spanTarget(byMonth, s.first, s.last) ?? undefined;
}

/** 销售额目标 of the week or month, from 销售目标. */
export const periodSalesTarget = (db: Db, s: PrefillScope) => periodTarget(db, s, 'sales');

/** 回款目标 of the week or month, from 销售目标. */
export const periodCollectionTarget = (db: Db, s: PrefillScope) => periodTarget(db, s, 'collection');
