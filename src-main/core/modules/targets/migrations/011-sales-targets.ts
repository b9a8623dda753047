import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sales_targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('region','rep')`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('metric', 'text', (c) => c.notNull().check(sql`metric in ('sales','collection')`))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('equal','lastYear','typed')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addCheckConstraint('sales_targets_subject', sql`(scope = 'region') = (user_id is null)`)
    .execute();
  // One target per subject, year and metric; SQLite's unique index treats NULLs as distinct, so
  // the region's target (user_id null) gets an index of its own.
  await sql`create unique index sales_targets_rep on sales_targets (year, metric, user_id) where scope = 'rep'`.execute(
    db,
  );
  await sql`create unique index sales_targets_region on sales_targets (year, metric) where scope = 'region'`.execute(
    db,
  );

  await db.schema
    .createTable('sales_target_versions')
    .addColumn('target_id', 'integer', (c) => c.notNull().references('sales_targets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer', (c) => c.check(sql`quarter between 1 and 4`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sales_target_versions_pk', ['target_id', 'version'])
    .execute();

  await db.schema
    .createTable('sales_target_months')
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull().check(sql`month between 1 and 12`))
    .addColumn('amount', 'real', (c) => c.notNull().check(sql`amount >= 0`))
    .addPrimaryKeyConstraint('sales_target_months_pk', ['target_id', 'version', 'month'])
    .addForeignKeyConstraint(
      'sales_target_months_version',
      ['target_id', 'version'],
      'sales_target_versions',
      ['target_id', 'version'],
    )
    .execute();
}
