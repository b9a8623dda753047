import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A bundle's data has a section per module; head office keeps each as it arrived (the
  // reports section's reports stay one row each in ho_reports, its gaps in ho_bundles.gaps).
  await db.schema
    .createTable('ho_bundle_sections')
    .addColumn('bundle_id', 'integer', (c) => c.notNull().references('ho_bundles.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ho_bundle_sections_pk', ['bundle_id', 'name'])
    .execute();
  // The people and customers of bundles imported so far were version 1 of their sections.
  await sql`insert into ho_bundle_sections (bundle_id, name, version, data)
            select id, 'people', 1, people from ho_bundles`.execute(db);
  await sql`insert into ho_bundle_sections (bundle_id, name, version, data)
            select id, 'customers', 1, customers from ho_bundles`.execute(db);
  await db.schema.alterTable('ho_bundles').dropColumn('people').execute();
  await db.schema.alterTable('ho_bundles').dropColumn('customers').execute();
}
