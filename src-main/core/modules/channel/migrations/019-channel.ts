import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channel_cases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('found_on', 'text', (c) => c.notNull())
    .addColumn('sale_date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('product_code', 'text', (c) => c.notNull())
    .addColumn('batch_no', 'text', (c) => c.notNull())
    .addColumn('carton_code', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('sale_price_fen', 'integer', (c) => c.notNull().check(sql`sale_price_fen >= 0`))
    .addColumn('list_price_fen', 'integer', (c) => c.check(sql`list_price_fen > 0`))
    .addColumn('source_dealer_code', 'text')
    .addColumn('source_region_code', 'text')
    .addColumn('source_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reporter_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('party_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('registered','verifying','confirmed','rejected','closed')`),
    )
    .addColumn('verification', 'text')
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_on', 'text')
    .addColumn('fine_multiple', 'integer', (c) => c.check(sql`fine_multiple >= 5`))
    .addColumn('log_head', 'text', (c) => c.notNull())
    .addColumn('log_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A decided case (成立/不成立, then 已处理) says who decided, when, and on what finding.
    .addCheckConstraint(
      'channel_cases_decided',
      sql`(status in ('registered','verifying')) = (decided_on is null)
          and (decided_on is null) = (decided_by is null)
          and (decided_on is null) = (verification is null)`,
    )
    .execute();
  await db.schema
    .createIndex('channel_cases_status')
    .on('channel_cases')
    .columns(['status', 'found_on'])
    .execute();
  await db.schema.createIndex('channel_cases_found').on('channel_cases').column('found_on').execute();

  await db.schema
    .createTable('channel_case_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('channel_cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 1`))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().check(sql`json_valid(data)`))
    .addColumn('prev_hash', 'text', (c) => c.notNull().check(sql`length(prev_hash) = 64`))
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`length(hash) = 64`))
    .execute();
  await db.schema
    .createIndex('channel_case_log_seq')
    .unique()
    .on('channel_case_log')
    .columns(['case_id', 'seq'])
    .execute();
  // Append-only in the database itself; the hash chain catches what goes around it (a file editor).
  await sql`create trigger channel_case_log_no_update before update on channel_case_log
    begin select raise(abort, 'channel_case_log is append-only'); end`.execute(db);
  await sql`create trigger channel_case_log_no_delete before delete on channel_case_log
    begin select raise(abort, 'channel_case_log is append-only'); end`.execute(db);

  await db.schema
    .createTable('channel_case_attachments')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('channel_cases.id'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id'))
    .addPrimaryKeyConstraint('channel_case_attachments_pk', ['case_id', 'attachment_id'])
    .execute();

  await db.schema
    .createTable('channel_fines')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('channel_cases.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('party','supervisor')`))
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('channel_fines_once')
    .unique()
    .on('channel_fines')
    .columns(['case_id', 'role'])
    .execute();
  await db.schema
    .createIndex('channel_fines_month')
    .on('channel_fines')
    .columns(['month', 'user_id'])
    .execute();

  await db.schema
    .createTable('channel_sanctions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.references('channel_cases.id'))
    .addColumn('dealer_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('stop_shipment','terminate_agreement','revoke_distribution')`),
    )
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('channel_sanctions_span', sql`to_day is null or to_day >= from_day`)
    .execute();
  await db.schema
    .createIndex('channel_sanctions_dealer')
    .on('channel_sanctions')
    .columns(['dealer_code', 'from_day'])
    .execute();

  await db.schema
    .createTable('channel_flows')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('dealer_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('entered_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('channel_flows_dealer_month')
    .unique()
    .on('channel_flows')
    .columns(['dealer_code', 'month'])
    .execute();
  await db.schema.createIndex('channel_flows_month').on('channel_flows').column('month').execute();

  await db.schema
    .createTable('channel_flow_lines')
    .addColumn('flow_id', 'integer', (c) => c.notNull().references('channel_flows.id').onDelete('cascade'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('sale_date', 'text', (c) => c.notNull())
    .addColumn('product_code', 'text', (c) => c.notNull())
    .addColumn('batch_no', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('buyer_name', 'text', (c) => c.notNull())
    .addColumn('buyer_region', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_flow_lines_pk', ['flow_id', 'line_no'])
    .execute();
  // Reconciliation sums a dealer's flowed quantities per batch.
  await db.schema
    .createIndex('channel_flow_lines_batch')
    .on('channel_flow_lines')
    .columns(['product_code', 'batch_no'])
    .execute();
}
