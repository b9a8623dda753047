import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The office's region is HD-01 (华东); these goods went to HD-03 (浙江) and HD-01. */
export const CARTON_ELSEWHERE = 'C0001234';
export const BATCH_ELSEWHERE = '20261101';
export const PRODUCT = { code: 'KJ-100', name: '康健牌血糖试纸' };

/**
 * Head office's reference data written into an office's database as an imported reference bundle
 * leaves it (the office only reads these tables). KJ-100 costs 130.00 元 from 1 November; dealer
 * D-HZ01 of region HD-03 was stopped on 1 December.
 */
export function seedChannelReference(dataDir: string): void {
  const sqlite = new Database(join(dataDir, 'regiondesk.sqlite'));
  try {
    sqlite.pragma('busy_timeout = 5000');
    const product = sqlite.prepare(
      'insert into ref_products (code, name, spec, unit, seq) values (?, ?, ?, ?, 1)',
    );
    product.run(PRODUCT.code, PRODUCT.name, '50片/盒', '盒');
    const price = sqlite.prepare(
      'insert into ref_prices (product_code, effective_from, price_fen, seq) values (?, ?, ?, 1)',
    );
    price.run(PRODUCT.code, '2026-01-01', 12_850);
    price.run(PRODUCT.code, '2026-11-01', 13_000);
    const dealer = sqlite.prepare(
      `insert into ref_dealers (code, name, region_code, agreement_no, agreement_status, radiates,
         shipment_stop_from, shipment_stop_reason, seq)
       values (?, ?, ?, ?, ?, 0, ?, ?, 1)`,
    );
    dealer.run('D-HZ01', '杭州康达医药', 'HD-03', 'XY-2026-011', 'active', '2026-12-01', '11月流向单未交');
    dealer.run('D-NJ01', '南京同仁医药', 'HD-01', 'XY-2026-001', 'active', null, null);
    const ship = sqlite.prepare(
      `insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
         carton_from, carton_to, quantity, unit_price_fen, seq)
       values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 11000, 1)`,
    );
    ship.run(
      'FH-1101',
      '2026-11-02',
      'D-HZ01',
      'HD-03',
      PRODUCT.code,
      BATCH_ELSEWHERE,
      'C0001000',
      'C0001499',
      500,
    );
    ship.run(
      'FH-1102',
      '2026-11-03',
      'D-NJ01',
      'HD-01',
      PRODUCT.code,
      '20261102',
      'C0002000',
      'C0002199',
      200,
    );
  } finally {
    sqlite.close();
  }
}
