import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .modifyEnd(sql`collate nocase`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('coverage', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('market_tier', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('customer_types', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('region_assignments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('region_id', 'integer', (c) => c.notNull().references('regions.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('manager','rep','clerk')`))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.check(sql`to_day is null or to_day >= from_day`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('region_assignments_user')
    .on('region_assignments')
    .columns(['user_id', 'from_day'])
    .execute();
  await db.schema
    .createIndex('region_assignments_region')
    .on('region_assignments')
    .columns(['region_id', 'from_day'])
    .execute();

  // The office's region was three text columns of the office; it becomes the region row.
  await db.schema
    .alterTable('office')
    .addColumn('region_id', 'integer', (c) => c.references('regions.id'))
    .execute();
  await sql`insert into regions (code, name, coverage, created_at, updated_at)
            select region_code, region_name, coverage, created_at, updated_at from office`.execute(db);
  await sql`update office set region_id = (select id from regions where regions.code = office.region_code)`.execute(
    db,
  );
  // Everyone belongs to the office's region from the office day of their account; a person
  // already deactivated left on the day their account was last changed, the best record there is.
  await sql`insert into region_assignments (region_id, user_id, role, from_day, to_day, created_at, created_by)
            select o.region_id, u.id, u.role, date(u.created_at, '+8 hours'),
                   case when u.active = 0 then max(date(u.created_at, '+8 hours'), date(u.updated_at, '+8 hours')) end,
                   u.created_at, u.created_by
            from users u cross join office o
            where o.mode = 'office'`.execute(db);
  // Head office knows the regions of the offices whose bundles it imported.
  await sql`insert or ignore into regions (code, name, created_at, updated_at)
            select code, region, created_at, updated_at from ho_offices`.execute(db);
  await db.schema.alterTable('office').dropColumn('region_code').execute();
  await db.schema.alterTable('office').dropColumn('region_name').execute();
  await db.schema.alterTable('office').dropColumn('coverage').execute();
}
