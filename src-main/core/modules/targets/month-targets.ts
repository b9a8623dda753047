import { toFen, toYuan } from '../../../../src-shared/domain/performance';
import type { Db } from '../../db/database';

type Metric = 'sales' | 'collection';
/** A month's sales and collection targets (元); null where none is set. */
export interface MonthTarget {
  sales: number | null;
  collection: number | null;
}

/** The current (latest version's) monthly amounts of a year's targets of one scope. */
async function currentAmounts(db: Db, year: number, scope: 'region' | 'rep', months?: readonly number[]) {
  let q = db
    .selectFrom('sales_targets as t')
    .innerJoin('sales_target_months as tm', 'tm.target_id', 't.id')
    .select(['t.user_id', 't.metric', 'tm.month', 'tm.amount'])
    .where('t.year', '=', year)
    .where('t.scope', '=', scope)
    .where(({ eb, selectFrom }) =>
      eb(
        'tm.version',
        '=',
        selectFrom('sales_target_versions as v')
          .select((v) => v.fn.max('v.version').as('latest'))
          .whereRef('v.target_id', '=', 't.id'),
      ),
    );
  if (months) q = q.where('tm.month', 'in', [...months]);
  return q.execute();
}

/** Each rep's target of a month (YYYY-MM) from the current version of their annual targets. */
export async function repMonthTargets(db: Db, month: string): Promise<Map<number, MonthTarget>> {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const out = new Map<number, MonthTarget>();
  for (const r of await currentAmounts(db, year, 'rep', [m])) {
    if (r.user_id === null) continue;
    const held = out.get(r.user_id) ?? { sales: null, collection: null };
    held[r.metric] = r.amount;
    out.set(r.user_id, held);
  }
  return out;
}

/**
 * The targets of months (YYYY-MM) for one rep, or for the region: the region's own target of a
 * metric where one is set for the year, else its reps' targets added up. Months without any target
 * are absent from the map.
 */
export async function monthTargetsOf(
  db: Db,
  who: { scope: 'region' } | { scope: 'rep'; userId: number },
  months: readonly string[],
): Promise<Map<string, MonthTarget>> {
  const out = new Map<string, MonthTarget>();
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  for (const year of years) {
    const wanted = months.filter((m) => m.startsWith(`${year}-`)).map((m) => Number(m.slice(5)));
    const put = (month: number, metric: Metric, amount: number) => {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const held = out.get(key) ?? { sales: null, collection: null };
      held[metric] = toYuan(toFen(held[metric] ?? 0) + toFen(amount));
      out.set(key, held);
    };
    if (who.scope === 'rep') {
      for (const r of await currentAmounts(db, year, 'rep', wanted))
        if (r.user_id === who.userId) put(r.month, r.metric, r.amount);
      continue;
    }
    const region = await currentAmounts(db, year, 'region', wanted);
    const reps = await currentAmounts(db, year, 'rep', wanted);
    for (const metric of ['sales', 'collection'] as const) {
      const own = region.filter((r) => r.metric === metric);
      for (const r of own.length > 0 ? own : reps.filter((x) => x.metric === metric))
        put(r.month, metric, r.amount);
    }
  }
  return out;
}
