import type { Db } from '../../db/database';

export interface CaseSource {
  dealerCode: string | null;
  regionCode: string | null;
  note: string;
}

/**
 * 疑似来源 from head office's shipment records: a carton code inside a shipped range names its
 * line exactly; else the batch of the product, when every shipment of it went to one dealer.
 */
export async function lookupSource(
  db: Db,
  q: { productCode: string; batchNo: string; cartonCode: string | null },
): Promise<CaseSource> {
  if (q.cartonCode) {
    const hit = await db
      .selectFrom('ref_shipments')
      .select(['dealer_code', 'region_code', 'batch_no'])
      .where('product_code', '=', q.productCode)
      .where('carton_from', '<=', q.cartonCode)
      .where('carton_to', '>=', q.cartonCode)
      .where((eb) => eb(eb.fn('length', ['carton_from']), '=', q.cartonCode!.length))
      .orderBy('ship_date', 'desc')
      .executeTakeFirst();
    if (hit) {
      const note = hit.batch_no === q.batchNo ? '' : `箱码所属批号为 ${hit.batch_no},与登记的批号不符`;
      return { dealerCode: hit.dealer_code, regionCode: hit.region_code, note };
    }
  }
  const rows = await db
    .selectFrom('ref_shipments')
    .select(['dealer_code', 'region_code'])
    .distinct()
    .where('product_code', '=', q.productCode)
    .where('batch_no', '=', q.batchNo)
    .orderBy('dealer_code')
    .execute();
  if (rows.length === 1)
    return { dealerCode: rows[0]!.dealer_code, regionCode: rows[0]!.region_code, note: '' };
  if (rows.length === 0) return { dealerCode: null, regionCode: null, note: '发货记录中没有这个批号' };
  return {
    dealerCode: null,
    regionCode: null,
    note: `该批号发往多个经销商:${rows.map((r) => `${r.dealer_code}(${r.region_code})`).join('、')}`,
  };
}

/** A product's name from the product list, or its code when head office has not listed it. */
export async function productName(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom('ref_products').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? code;
}

/** A dealer's name, or its code when unknown. */
export async function dealerName(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom('ref_dealers').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? code;
}
