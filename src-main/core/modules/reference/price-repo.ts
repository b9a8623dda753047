import type { RefPrice } from '../../../../src-shared/contract/reference';
import type { Db } from '../../db/database';
import { nextSeq } from './state-repo';

/** The 规定价 of a product on a day (分): the latest price effective on or before it, or null. */
export async function priceOn(db: Db, productCode: string, day: string): Promise<number | null> {
  const row = await db
    .selectFrom('ref_prices')
    .select('price_fen')
    .where('product_code', '=', productCode)
    .where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.price_fen ?? null;
}

/** The price list, of one product or all, each product's newest price first. */
export async function listPrices(db: Db, productCode?: string) {
  let q = db.selectFrom('ref_prices').selectAll();
  if (productCode) q = q.where('product_code', '=', productCode);
  const rows = await q.orderBy('product_code').orderBy('effective_from', 'desc').execute();
  return rows.map((r) => ({
    productCode: r.product_code,
    effectiveFrom: r.effective_from,
    priceFen: r.price_fen,
    seq: r.seq,
  }));
}

/** Sets a price from a date on under a new change number (the same date replaces it); unchanged, nothing. */
export async function savePrice(trx: Db, p: RefPrice, at: string) {
  const held = await trx
    .selectFrom('ref_prices')
    .select(['price_fen', 'seq'])
    .where('product_code', '=', p.productCode)
    .where('effective_from', '=', p.effectiveFrom)
    .executeTakeFirst();
  if (held?.price_fen === p.priceFen) return { ...p, seq: held.seq };
  const seq = await nextSeq(trx, at);
  await trx
    .insertInto('ref_prices')
    .values({ product_code: p.productCode, effective_from: p.effectiveFrom, price_fen: p.priceFen, seq })
    .onConflict((oc) =>
      oc.columns(['product_code', 'effective_from']).doUpdateSet({ price_fen: p.priceFen, seq }),
    )
    .execute();
  return { ...p, seq };
}
