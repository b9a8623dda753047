import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The first day the office works in RegionDesk; nothing is due before it. An office set up
  // before this step started on its setup day, or on the first period it filed a report for if
  // it entered earlier paper forms, so nothing it was asked for before disappears.
  await db.schema
    .alterTable('office')
    .addColumn('start_date', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update office set start_date = min(
              date(created_at, '+8 hours'),
              coalesce((select min(period_start) from reports), date(created_at, '+8 hours')))`.execute(db);
}
