import type { FiguresDef } from '../../../../src-shared/domain/forms';
import type { Db } from '../../db/database';
import { FIGURE_SOURCES, type FigureSource } from './tables';

const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Records the figures a person typed in a submitted report for its month (source 'report'),
 * replacing what an earlier submission of the same month said; in the report's transaction.
 */
export async function recordReportFigures(
  trx: Db,
  r: { reportId: number; userId: number; month: string; at: string; actorId: number },
  fields: FiguresDef,
  data: Record<string, unknown>,
): Promise<void> {
  const values = {
    sales_target: amount(data[fields.salesTarget]),
    sales_actual: amount(data[fields.salesActual]),
    collection_target: amount(data[fields.collectionTarget]),
    collection_actual: amount(data[fields.collectionActual]),
    report_id: r.reportId,
    updated_at: r.at,
    updated_by: r.actorId,
  };
  await trx
    .insertInto('sales_figures')
    .values({ user_id: r.userId, month: r.month, source: 'report', ...values })
    .onConflict((oc) => oc.columns(['user_id', 'month', 'source']).doUpdateSet(values))
    .execute();
}

export interface MonthFigures {
  userId: number;
  month: string;
  source: FigureSource;
  salesTarget: number | null;
  salesActual: number | null;
  collectionTarget: number | null;
  collectionActual: number | null;
}

/**
 * Each person's official figures for the months given: per person and month the most
 * authoritative source present (adjusted, then imported, then the person's own report), and
 * for a report's figures only while that report stands handed in (submitted, approved or sent).
 */
export async function officialFigures(
  db: Db,
  months: readonly string[],
  q: { roles?: readonly ('manager' | 'rep' | 'clerk')[] } = {},
): Promise<MonthFigures[]> {
  if (months.length === 0) return [];
  let query = db
    .selectFrom('sales_figures')
    .innerJoin('users', 'users.id', 'sales_figures.user_id')
    .leftJoin('reports', 'reports.id', 'sales_figures.report_id')
    .select([
      'sales_figures.user_id',
      'sales_figures.month',
      'sales_figures.source',
      'sales_figures.sales_target',
      'sales_figures.sales_actual',
      'sales_figures.collection_target',
      'sales_figures.collection_actual',
    ])
    .where('sales_figures.month', 'in', [...months])
    .where((eb) =>
      eb.or([
        eb('sales_figures.source', '!=', 'report'),
        eb('reports.status', 'in', ['submitted', 'approved', 'sent']),
      ]),
    );
  if (q.roles) query = query.where('users.role', 'in', [...q.roles]);
  const rows = await query.execute();
  const best = new Map<string, (typeof rows)[number]>();
  const rank = (s: FigureSource) => FIGURE_SOURCES.indexOf(s);
  for (const r of rows) {
    const key = `${r.user_id}|${r.month}`;
    const held = best.get(key);
    if (!held || rank(r.source) < rank(held.source)) best.set(key, r);
  }
  return [...best.values()].map((r) => ({
    userId: r.user_id,
    month: r.month,
    source: r.source,
    salesTarget: r.sales_target,
    salesActual: r.sales_actual,
    collectionTarget: r.collection_target,
    collectionActual: r.collection_actual,
  }));
}

/** Every figure of a month, from every source, for the bundle. */
export async function monthFigureRows(db: Db, month: string) {
  const rows = await db
    .selectFrom('sales_figures')
    .selectAll()
    .where('month', '=', month)
    .orderBy('user_id')
    .orderBy('source')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    source: r.source,
    salesTarget: r.sales_target,
    salesActual: r.sales_actual,
    collectionTarget: r.collection_target,
    collectionActual: r.collection_actual,
  }));
}
