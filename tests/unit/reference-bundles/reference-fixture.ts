import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { onTestFinished } from 'vitest';
import type { Caller, Core } from '../../../src-main/core';
import type { DB } from '../../../src-main/core/db/database';
import type { InputOf } from '../../../src-shared/contract';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { openTestDb } from '../../helpers/test-database';
import { startHeadOffice, uploadAll } from '../head-office/head-office';

/** A second connection to a core's database, to write reference rows as head office's tables hold them. */
export function openDb(dbFile: string): Kysely<DB> {
  const sqlite = new Database(dbFile);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  onTestFinished(() => db.destroy());
  return db;
}

/** The shipment line `n` of document `doc`, written under change number `seq`. */
export function shipment(doc: string, n: number, seq: number, over: Partial<Record<string, unknown>> = {}) {
  return {
    doc_no: doc,
    line_no: n,
    ship_date: '2026-10-08',
    dealer_code: 'DL-HZ01',
    region_code: 'HD-03',
    product_code: 'P1001',
    batch_no: `B2610${String(n).padStart(2, '0')}`,
    carton_from: `C${String(n * 100).padStart(8, '0')}`,
    carton_to: `C${String(n * 100 + 49).padStart(8, '0')}`,
    quantity: 50,
    unit_price_fen: 12_800,
    seq,
    ...over,
  };
}

/** Takes the next change number at head office, as the reference module does for each write. */
export async function nextSeq(db: Kysely<DB>): Promise<number> {
  const row = await db
    .updateTable('ref_state')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}

/** Head office's first reference data, change 1: two products, their prices, two dealers, three shipment lines. */
export async function seedFirst(db: Kysely<DB>) {
  const seq = await nextSeq(db);
  await db
    .insertInto('ref_products')
    .values([
      { code: 'P1001', name: '复方丹参片', spec: '0.32g×60片', unit: '瓶', seq },
      { code: 'P1002', name: '板蓝根颗粒', spec: '10g×20袋', unit: '盒', seq },
    ])
    .execute();
  await db
    .insertInto('ref_prices')
    .values([
      { product_code: 'P1001', effective_from: '2026-01-01', price_fen: 12_800, seq },
      { product_code: 'P1002', effective_from: '2026-01-01', price_fen: 2_350, seq },
    ])
    .execute();
  await db
    .insertInto('ref_dealers')
    .values([
      {
        code: 'DL-HZ01',
        name: '杭州华东医药批发有限公司',
        region_code: 'HD-03',
        agreement_no: 'XY-2026-011',
        agreement_status: 'active',
        radiates: 0,
        shipment_stop_from: null,
        shipment_stop_reason: null,
        seq,
      },
      {
        code: 'DL-NB02',
        name: '宁波康达医药有限公司',
        region_code: 'HD-03',
        agreement_no: 'XY-2026-014',
        agreement_status: 'active',
        radiates: 1,
        shipment_stop_from: null,
        shipment_stop_reason: null,
        seq,
      },
    ])
    .execute();
  await db
    .insertInto('ref_shipments')
    .values([1, 2, 3].map((n) => shipment('FH2610001', n, seq)))
    .execute();
  return seq;
}

export type Hq = Awaited<ReturnType<typeof startHq>>;
export type Office = Awaited<ReturnType<typeof startOffice>>;

/** A head office with reference data of change 1 in its tables. */
export async function startHq() {
  const hq = await startHeadOffice();
  const db = openTestDb(hq);
  await seedFirst(db);
  return { ...hq, db };
}

/** Publishes a reference bundle and returns it as the manager would save it, with what the call said. */
export async function publish(hq: Hq, input: InputOf<'refBundles.publish'>) {
  const made = expectOk(await call(hq.core, hq.admin, 'refBundles.publish', input));
  const file = hq.core.getFile(made.fileId, hq.admin.sessionToken)!;
  return { ...made, zip: readFileSync(file.path) };
}

/** Uploads a bundle to an office as its manager. */
export async function upload(core: Core, caller: Caller, zip: Buffer, name = 'reference.zip') {
  const [id] = await uploadAll(core, caller, [{ name, bytes: zip }]);
  return id!;
}

/** Inspects then imports a reference bundle, confirming the fingerprint shown if the key is new. */
export async function importConfirmed(o: Office, zip: Buffer) {
  const uploadId = await upload(o.core, o.manager, zip);
  const seen = expectOk(await call(o.core, o.manager, 'refBundles.inspect', { uploadId }));
  const trust = seen.state === 'unknownKey' && seen.fingerprint ? { trustFingerprint: seen.fingerprint } : {};
  return expectOk(await call(o.core, o.manager, 'refBundles.import', { uploadId, ...trust }));
}

/** Every reference row of a database, keyed rows without the local shipment id, for comparing copies. */
export async function referenceRows(db: Kysely<DB>) {
  return {
    products: await db.selectFrom('ref_products').selectAll().orderBy('code').execute(),
    prices: await db
      .selectFrom('ref_prices')
      .selectAll()
      .orderBy('product_code')
      .orderBy('effective_from')
      .execute(),
    dealers: await db.selectFrom('ref_dealers').selectAll().orderBy('code').execute(),
    shipments: await db
      .selectFrom('ref_shipments')
      .select([
        'doc_no',
        'line_no',
        'ship_date',
        'dealer_code',
        'region_code',
        'product_code',
        'batch_no',
        'carton_from',
        'carton_to',
        'quantity',
        'unit_price_fen',
        'seq',
      ])
      .orderBy('doc_no')
      .orderBy('line_no')
      .execute(),
  };
}
