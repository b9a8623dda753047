import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Periods of every kind (day, ISO week, month, quarter, event) as a calendar range, so lists
  // and the board can filter by dates whatever the form.
  await db.schema.alterTable('reports').addColumn('period_start', 'text').execute();
  await db.schema.alterTable('reports').addColumn('period_end', 'text').execute();
  await sql`update reports set period_start = period_key, period_end = period_key where form_code = 'F01'`.execute(
    db,
  );
  // When an event form's event happened: its deadline counts from there.
  await db.schema.alterTable('reports').addColumn('event_at', 'text').execute();
  // When the manager's comment on a submitted report is due (F03: 2 working days).
  await db.schema.alterTable('reports').addColumn('review_due_at', 'text').execute();
  // Values the app filled in from other reports, kept to show which ones a person changed.
  await db.schema
    .alterTable('reports')
    .addColumn('prefilled', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('reports_period')
    .on('reports')
    .columns(['period_start', 'period_end'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute();
}
