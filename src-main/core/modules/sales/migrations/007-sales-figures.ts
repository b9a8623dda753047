import { type Kysely, sql } from 'kysely';

const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

// Frozen: a migration describes the database as it was on the day it shipped; it reads the
// month summaries (F04) handed in until then, whose figures were the only ones the office had.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sales_figures')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('adjusted','imported','report')`))
    .addColumn('sales_target', 'real')
    .addColumn('sales_actual', 'real')
    .addColumn('collection_target', 'real')
    .addColumn('collection_actual', 'real')
    .addColumn('report_id', 'integer', (c) => c.references('reports.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('sales_figures_pk', ['user_id', 'month', 'source'])
    .execute();
  await db.schema
    .createIndex('sales_figures_month')
    .on('sales_figures')
    .columns(['month', 'source'])
    .execute();

  const summaries = (await db
    .selectFrom('reports')
    .select(['id', 'author_id', 'period_key', 'data', 'submitted_at', 'updated_by'])
    .where('form_code', '=', 'F04')
    .where('submitted_at', 'is not', null)
    .execute()) as {
    id: number;
    author_id: number;
    period_key: string;
    data: string;
    submitted_at: string;
    updated_by: number;
  }[];
  for (const r of summaries) {
    const d = JSON.parse(r.data) as Record<string, unknown>;
    await db
      .insertInto('sales_figures')
      .values({
        user_id: r.author_id,
        month: r.period_key,
        source: 'report',
        sales_target: amount(d.salesTarget),
        sales_actual: amount(d.salesActual),
        collection_target: amount(d.collectionTarget),
        collection_actual: amount(d.collectionActual),
        report_id: r.id,
        updated_at: r.submitted_at,
        updated_by: r.updated_by,
      })
      .execute();
  }
}
