import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // One row per monthly bundle written to the outbox; exporting a month again adds a revision.
  await db.schema
    .createTable('bundle_exports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    // [{ fileName, bytes }]: one file, or the numbered parts of a split bundle.
    .addColumn('files', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('report_ids', 'text', (c) => c.notNull())
    .addColumn('gaps', 'text', (c) => c.notNull())
    .addColumn('superseded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('bundle_exports_period_revision', ['period', 'revision'])
    .execute();
}
