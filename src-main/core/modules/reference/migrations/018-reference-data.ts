import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ref_products')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ref_prices')
    .addColumn('product_code', 'text', (c) => c.notNull().references('ref_products.code'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('price_fen', 'integer', (c) => c.notNull().check(sql`price_fen > 0`))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ref_prices_pk', ['product_code', 'effective_from'])
    .execute();

  await db.schema
    .createTable('ref_dealers')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('agreement_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agreement_status', 'text', (c) =>
      c.notNull().check(sql`agreement_status in ('active','suspended','terminated')`),
    )
    .addColumn('radiates', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`radiates in (0,1)`),
    )
    .addColumn('shipment_stop_from', 'text')
    .addColumn('shipment_stop_reason', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addCheckConstraint(
      'ref_dealers_stop_reason',
      sql`(shipment_stop_from is null) = (shipment_stop_reason is null)`,
    )
    .execute();

  await db.schema
    .createTable('ref_shipments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('doc_no', 'text', (c) => c.notNull())
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('ship_date', 'text', (c) => c.notNull())
    .addColumn('dealer_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('product_code', 'text', (c) => c.notNull())
    .addColumn('batch_no', 'text', (c) => c.notNull())
    .addColumn('carton_from', 'text', (c) => c.notNull())
    .addColumn('carton_to', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('unit_price_fen', 'integer', (c) => c.notNull().check(sql`unit_price_fen >= 0`))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addCheckConstraint(
      'ref_shipments_carton_range',
      sql`length(carton_from) = length(carton_to) and carton_from <= carton_to`,
    )
    .execute();
  await db.schema
    .createIndex('ref_shipments_line')
    .unique()
    .on('ref_shipments')
    .columns(['doc_no', 'line_no'])
    .execute();
  // The two lookups: by 批号, and by a carton code inside a range (the range starting at or before it).
  // Length first: text order is code order only between codes of one length, and a code of a length
  // no range has must find nothing at once instead of walking every shorter or longer code.
  await db.schema.createIndex('ref_shipments_batch').on('ref_shipments').column('batch_no').execute();
  await db.schema
    .createIndex('ref_shipments_carton')
    .on('ref_shipments')
    .expression(sql`length(carton_from), carton_from, carton_to`)
    .execute();
  await db.schema.createIndex('ref_shipments_seq').on('ref_shipments').column('seq').execute();

  await db.schema
    .createTable('ref_state')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('head_office_key', 'text')
    .addColumn('head_office_fingerprint', 'text')
    .addColumn('updated_at', 'text')
    .execute();
  await db.insertInto('ref_state').values({ id: 1, seq: 0, published_seq: 0 }).execute();
}
