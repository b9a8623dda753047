import type { Db } from '../../db/database';

/** Each rep's target of a month (YYYY-MM) from the current version of their annual targets. */
export async function repMonthTargets(
  db: Db,
  month: string,
): Promise<Map<number, { sales: number | null; collection: number | null }>> {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const rows = await db
    .selectFrom('sales_targets as t')
    .innerJoin('sales_target_months as tm', 'tm.target_id', 't.id')
    .select(['t.user_id', 't.metric', 'tm.version', 'tm.amount'])
    .where('t.year', '=', year)
    .where('t.scope', '=', 'rep')
    .where('tm.month', '=', m)
    .where(({ eb, selectFrom }) =>
      eb(
        'tm.version',
        '=',
        selectFrom('sales_target_versions as v')
          .select((v) => v.fn.max('v.version').as('latest'))
          .whereRef('v.target_id', '=', 't.id'),
      ),
    )
    .execute();
  const out = new Map<number, { sales: number | null; collection: number | null }>();
  for (const r of rows) {
    if (r.user_id === null) continue;
    const held = out.get(r.user_id) ?? { sales: null, collection: null };
    held[r.metric] = r.amount;
    out.set(r.user_id, held);
  }
  return out;
}
