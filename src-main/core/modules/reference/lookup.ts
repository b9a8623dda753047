import { sql } from 'kysely';
import type { LookupResult } from '../../../../src-shared/contract/reference';
import type { Db } from '../../db/database';
import type { RefShipmentRow } from './tables';

/** Lines of one 批号 shown at most; a batch goes to a handful of dealers. */
const MAX_BATCH_LINES = 50;
/**
 * Ranges starting at or before a carton code that are looked at. Ranges of one numbering do not
 * overlap, so the nearest start is the one; a few more cover a sloppy sheet.
 */
const CARTON_CANDIDATES = 5;

/** Lines whose 批号 is the code, newest first, through ref_shipments_batch. */
async function byBatch(db: Db, code: string) {
  return db
    .selectFrom('ref_shipments')
    .selectAll()
    .where('batch_no', '=', code)
    .orderBy('ship_date', 'desc')
    .orderBy('doc_no')
    .orderBy('line_no')
    .limit(MAX_BATCH_LINES + 1)
    .execute();
}

/**
 * The line whose carton range holds the code: the nearest starts at or before it among codes of
 * its length (text order is code order only between equal lengths), one seek down
 * ref_shipments_carton, which leads with length(carton_from).
 */
async function byCarton(db: Db, code: string) {
  const near = await db
    .selectFrom('ref_shipments')
    .selectAll()
    .where(sql<boolean>`length(carton_from) = ${code.length}`)
    .where('carton_from', '<=', code)
    .orderBy('carton_from', 'desc')
    .limit(CARTON_CANDIDATES)
    .execute();
  return near.filter((r) => code <= r.carton_to);
}

/**
 * 批号/箱码查询: the shipment lines a code from a carton leads to, by exact 批号, else by the carton
 * range holding it, with product, dealer and the 规定价 on the ship date. `officeRegionCode` is the
 * asking office's region; null (head office) flags nothing.
 */
export async function lookupCode(
  db: Db,
  code: string,
  officeRegionCode: string | null,
): Promise<LookupResult> {
  let matchedBy: 'batch' | 'carton' = 'batch';
  let rows: RefShipmentRow[] = await byBatch(db, code);
  if (rows.length === 0) {
    matchedBy = 'carton';
    rows = await byCarton(db, code);
  }
  const more = rows.length > MAX_BATCH_LINES;
  rows = rows.slice(0, MAX_BATCH_LINES);
  if (rows.length === 0) return { code, unknown: true, matches: [], more: false };

  const productCodes = [...new Set(rows.map((r) => r.product_code))];
  const dealerCodes = [...new Set(rows.map((r) => r.dealer_code))];
  const products = new Map(
    (
      await db
        .selectFrom('ref_products')
        .select(['code', 'name', 'spec'])
        .where('code', 'in', productCodes)
        .execute()
    ).map((p) => [p.code, p]),
  );
  const dealers = new Map(
    (await db.selectFrom('ref_dealers').selectAll().where('code', 'in', dealerCodes).execute()).map((d) => [
      d.code,
      d,
    ]),
  );
  // A product's price list is a few rows: one read of them all beats a priceOn() per line.
  const priceList = await db
    .selectFrom('ref_prices')
    .select(['product_code', 'effective_from', 'price_fen'])
    .where('product_code', 'in', productCodes)
    .orderBy('effective_from', 'desc')
    .execute();
  const priceOn = (productCode: string, day: string) =>
    priceList.find((p) => p.product_code === productCode && p.effective_from <= day)?.price_fen ?? null;

  return {
    code,
    unknown: false,
    more,
    matches: rows.map((r) => {
      const d = dealers.get(r.dealer_code);
      return {
        matchedBy,
        docNo: r.doc_no,
        lineNo: r.line_no,
        shipDate: r.ship_date,
        batchNo: r.batch_no,
        cartonFrom: r.carton_from,
        cartonTo: r.carton_to,
        quantity: r.quantity,
        unitPriceFen: r.unit_price_fen,
        regionCode: r.region_code,
        otherRegion: officeRegionCode !== null && r.region_code !== officeRegionCode,
        product: products.get(r.product_code) ?? { code: r.product_code, name: '', spec: '' },
        dealer: {
          code: r.dealer_code,
          name: d?.name ?? '',
          agreementStatus: d?.agreement_status ?? 'unknown',
          shipmentStop:
            d?.shipment_stop_from != null
              ? { from: d.shipment_stop_from, reason: d.shipment_stop_reason ?? '' }
              : null,
        },
        listPriceFen: priceOn(r.product_code, r.ship_date),
      };
    }),
  };
}
