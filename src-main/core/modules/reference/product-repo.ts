import type { RefProduct } from '../../../../src-shared/contract/reference';
import type { Db } from '../../db/database';
import { nextSeq } from './state-repo';

const toProduct = (r: { code: string; name: string; spec: string; unit: string; seq: number }) => ({
  code: r.code,
  name: r.name,
  spec: r.spec,
  unit: r.unit,
  seq: r.seq,
});

/** Every product, by code. */
export async function listProducts(db: Db) {
  return (await db.selectFrom('ref_products').selectAll().orderBy('code').execute()).map(toProduct);
}

export async function loadProduct(db: Db, code: string) {
  const row = await db.selectFrom('ref_products').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toProduct(row) : null;
}

/** Whether a product on file already reads as given. */
export const sameProduct = (held: RefProduct | null, p: RefProduct) =>
  !!held && held.name === p.name && held.spec === p.spec && held.unit === p.unit;

/** Writes a product under a change number taken by the caller for the whole write. */
export async function writeProduct(trx: Db, p: RefProduct, seq: number) {
  const values = { name: p.name, spec: p.spec, unit: p.unit, seq };
  await trx
    .insertInto('ref_products')
    .values({ code: p.code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
  return { code: p.code, ...values };
}

/**
 * Adds or updates a product under a new change number; a save that changes nothing writes nothing,
 * so the next bundle does not carry it again.
 */
export async function saveProduct(trx: Db, p: RefProduct, at: string) {
  const held = await loadProduct(trx, p.code);
  if (held && sameProduct(held, p)) return held;
  return writeProduct(trx, p, await nextSeq(trx, at));
}
