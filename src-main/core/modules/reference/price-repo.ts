import type { Db } from '../../db/database';

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
