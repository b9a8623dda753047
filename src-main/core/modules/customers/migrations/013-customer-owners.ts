import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customer_owners')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.check(sql`to_day is null or to_day >= from_day`))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('customer_owners_customer')
    .on('customer_owners')
    .columns(['customer_id', 'from_day'])
    .execute();
  await db.schema.createIndex('customer_owners_owner').on('customer_owners').column('owner_id').execute();
  // At most one open ownership per customer: two would make "who owns it now" ambiguous.
  await sql`create unique index customer_owners_open on customer_owners (customer_id) where to_day is null`.execute(
    db,
  );

  // Nothing recorded when an owner was set, so a customer's owner is taken to have held it since
  // the office day (UTC+8) the customer was filed: the best record there is. Nobody recorded
  // these spans, so they name no one as having made them.
  await sql`insert into customer_owners (customer_id, owner_id, from_day, to_day, reason, created_by, created_at)
            select c.id, c.owner_id, date(c.created_at, '+8 hours'), null, '按建档日期补记', null, c.created_at
            from customers c
            where c.owner_id is not null and exists (select 1 from users u where u.id = c.owner_id)
            order by c.id`.execute(db);
}
