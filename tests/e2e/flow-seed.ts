import { join } from 'node:path';
import Database from 'better-sqlite3';
import { OFFICE } from './pages/app-pages';

/** The office's database file in its data folder (the core's DB_FILE_NAME). */
const DB_FILE_NAME = 'regiondesk.sqlite';

/** The office's radiating dealer whose sheet is imported, and one that hands in nothing. */
export const NANJING = { code: 'D-NJ01', name: '南京康达医药' };
export const ZHENJIANG = { code: 'D-ZJ02', name: '镇江仁和医药' };

/**
 * Head office's reference data written into the office's database, as an imported reference
 * bundle would leave it (the office only reads it): two products, the region's dealers and the
 * November shipments to 南京康达医药 — 300 boxes of batch 20261101 and 50 of 20261103.
 */
export function seedFlowReference(dataDir: string): void {
  const sqlite = new Database(join(dataDir, DB_FILE_NAME));
  try {
    sqlite.pragma('busy_timeout = 5000');
    const product = sqlite.prepare(
      'insert into ref_products (code, name, spec, unit, seq) values (?, ?, ?, ?, 1)',
    );
    product.run('KJ-100', '康健牌血糖试纸', '50片/盒', '盒');
    product.run('KJ-200', '康健牌血压计', 'BP-2', '台');
    const dealer = sqlite.prepare(
      `insert into ref_dealers (code, name, region_code, agreement_no, agreement_status, radiates, seq)
       values (?, ?, ?, ?, 'active', ?, 1)`,
    );
    dealer.run(NANJING.code, NANJING.name, OFFICE.regionCode, 'XY-2026-101', 1);
    dealer.run(ZHENJIANG.code, ZHENJIANG.name, OFFICE.regionCode, 'XY-2026-102', 1);
    dealer.run('D-YZ03', '扬州本地药房', OFFICE.regionCode, 'XY-2026-103', 0);
    dealer.run('D-HZ01', '杭州康达医药', 'HD-03', 'XY-2026-011', 1);
    const ship = sqlite.prepare(
      `insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
         carton_from, carton_to, quantity, unit_price_fen, seq)
       values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 11000, 1)`,
    );
    ship.run(
      'FH-1101',
      '2026-11-02',
      NANJING.code,
      OFFICE.regionCode,
      'KJ-100',
      '20261101',
      'C0001000',
      'C0001299',
      300,
    );
    ship.run(
      'FH-1103',
      '2026-11-04',
      NANJING.code,
      OFFICE.regionCode,
      'KJ-200',
      '20261103',
      'C0003000',
      'C0003049',
      50,
    );
    ship.run(
      'FH-1104',
      '2026-11-04',
      ZHENJIANG.code,
      OFFICE.regionCode,
      'KJ-200',
      '20261103',
      'C0003050',
      'C0003099',
      50,
    );
  } finally {
    sqlite.close();
  }
}
