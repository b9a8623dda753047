import Database from 'better-sqlite3';
import type { Caller } from '../../../src-main/core';
import type { InputOf } from '../../../src-shared/contract';
import { call, expectOk, startOffice } from '../../helpers/core-harness';

export type ChannelOffice = Awaited<ReturnType<typeof startOffice>>;

/** Tuesday 8 December 2026, 10:00 in the office. */
export const DEC_8 = '2026-12-08T02:00:00.000Z';

/**
 * Head office's reference data written straight into the database, as a reference bundle would
 * leave it: this module only reads it. KJ-100 costs 128.50 元 until 31 October, 130.00 元 after.
 */
export function seedReference(o: ChannelOffice): void {
  const sqlite = new Database(o.dbFile);
  try {
    sqlite.pragma('busy_timeout = 5000');
    const product = sqlite.prepare(
      'insert into ref_products (code, name, spec, unit, seq) values (?, ?, ?, ?, 1)',
    );
    product.run('KJ-100', '康健牌血糖试纸', '50片/盒', '盒');
    product.run('KJ-200', '康健牌血压计', 'BP-2', '台');
    const price = sqlite.prepare(
      'insert into ref_prices (product_code, effective_from, price_fen, seq) values (?, ?, ?, 1)',
    );
    price.run('KJ-100', '2026-01-01', 12_850);
    price.run('KJ-100', '2026-11-01', 13_000);
    price.run('KJ-200', '2026-01-01', 39_900);
    const dealer = sqlite.prepare(
      `insert into ref_dealers (code, name, region_code, agreement_no, agreement_status, radiates, seq)
       values (?, ?, ?, ?, 'active', ?, 1)`,
    );
    dealer.run('D-HZ01', '杭州康达医药', 'HD-03', 'XY-2026-011', 1);
    dealer.run('D-SX02', '绍兴仁和医药', 'HD-03', 'XY-2026-012', 1);
    dealer.run('D-NB03', '宁波本地药房', 'HD-03', 'XY-2026-013', 0);
    dealer.run('D-SZ01', '苏州华康医药', 'HD-01', 'XY-2026-001', 0);
    const ship = sqlite.prepare(
      `insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
         carton_from, carton_to, quantity, unit_price_fen, seq)
       values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 11000, 1)`,
    );
    ship.run('FH-1101', '2026-11-02', 'D-HZ01', 'HD-03', 'KJ-100', '20261101', 'C0001000', 'C0001499', 500);
    ship.run('FH-1102', '2026-11-03', 'D-SZ01', 'HD-01', 'KJ-100', '20261102', 'C0002000', 'C0002199', 200);
    // One batch split between two dealers: only a carton code tells them apart.
    ship.run('FH-1103', '2026-11-04', 'D-HZ01', 'HD-03', 'KJ-200', '20261103', 'C0003000', 'C0003049', 50);
    ship.run('FH-1104', '2026-11-04', 'D-SX02', 'HD-03', 'KJ-200', '20261103', 'C0003050', 'C0003099', 50);
  } finally {
    sqlite.close();
  }
}

/** An office with the reference data, on 8 December 2026. */
export async function channelOffice(start = DEC_8) {
  const o = await startOffice(start);
  seedReference(o);
  return o;
}

/** A low-price case: 40 boxes of KJ-100 from 苏州 sold in 柯桥 at 119.90 元 on 20 November. */
export const LOW_PRICE: InputOf<'channel.register'> = {
  foundOn: '2026-11-25',
  saleDate: '2026-11-20',
  place: '绍兴市柯桥区华舍街道康乐药店',
  productCode: 'KJ-100',
  batchNo: '20261102',
  quantity: 40,
  salePriceFen: 11_990,
  description: '药店以低于规定价销售,纸箱批号为苏州区域发货批次。',
};

/** Registers a case and returns its id. */
export async function register(
  o: ChannelOffice,
  caller: Caller,
  fields: Partial<InputOf<'channel.register'>> = {},
): Promise<number> {
  return expectOk(await call(o.core, caller, 'channel.register', { ...LOW_PRICE, ...fields })).case.id;
}
