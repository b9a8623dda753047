import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('opportunities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('product_line', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('expected_close', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_since', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','won','lost')`))
    .addColumn('closed_reason', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('users.id'))
    // A closed opportunity says when and why; an open one has neither.
    .addCheckConstraint(
      'opportunities_closed',
      sql`(status = 'open') = (closed_at is null) and (status = 'open') = (closed_reason is null)`,
    )
    .execute();
  // The list's filters: the board (status, stage), a rep's own, a customer's, the expected month.
  await db.schema
    .createIndex('opportunities_status_stage')
    .on('opportunities')
    .columns(['status', 'stage'])
    .execute();
  await db.schema
    .createIndex('opportunities_owner')
    .on('opportunities')
    .columns(['owner_id', 'status'])
    .execute();
  await db.schema.createIndex('opportunities_customer').on('opportunities').column('customer_id').execute();
  await db.schema
    .createIndex('opportunities_expected')
    .on('opportunities')
    .columns(['expected_close'])
    .execute();

  await db.schema
    .createTable('opportunity_checks')
    .addColumn('opportunity_id', 'integer', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().check(sql`done in (0, 1)`))
    .addColumn('evidence_number', 'text')
    .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id'))
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('opportunity_checks_pk', ['opportunity_id', 'stage', 'item'])
    .execute();

  await db.schema
    .createTable('opportunity_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('opportunity_id', 'integer', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('created','moved','override','won','lost','reopened','edited')`),
    )
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text')
    .addColumn('reason', 'text')
    .addColumn('missing', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(missing)`),
    )
    .addColumn('by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    // An override without its reason would be the very thing the record is kept against.
    .addCheckConstraint(
      'opportunity_events_override',
      sql`kind <> 'override' or coalesce(length(trim(reason)), 0) > 0`,
    )
    .execute();
  await db.schema
    .createIndex('opportunity_events_opportunity')
    .on('opportunity_events')
    .columns(['opportunity_id', 'at'])
    .execute();
  // The bundle's overrides of a month.
  await db.schema
    .createIndex('opportunity_events_kind')
    .on('opportunity_events')
    .columns(['kind', 'at'])
    .execute();

  await db.schema
    .createTable('opportunity_attachments')
    .addColumn('opportunity_id', 'integer', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id'))
    .addPrimaryKeyConstraint('opportunity_attachments_pk', ['opportunity_id', 'attachment_id'])
    .execute();
}
