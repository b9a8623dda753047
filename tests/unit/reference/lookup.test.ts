import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { startHeadOffice } from '../head-office/head-office';
import { GOOD_LINES, seedReference, shipmentSheet, writeOfficeCopy } from './reference-fixtures';

async function office() {
  const o = await startOffice('2026-12-05T02:00:00.000Z');
  writeOfficeCopy(o.dbFile);
  const lookup = async (code: string) => expectOk(await call(o.core, o.wang, 'reference.lookup', { code }));
  return { ...o, lookup };
}

describe('批号/箱码 lookup', () => {
  it('finds every line of a 批号 with product, dealer and the 规定价 on its ship date, flagging other regions', async () => {
    const o = await office();
    const found = await o.lookup(' B261101\r\n');
    expect(found).toMatchObject({ code: 'B261101', unknown: false, more: false });
    expect(found.matches).toEqual([
      {
        matchedBy: 'batch',
        docNo: 'FH20261105',
        lineNo: 1,
        shipDate: '2026-11-05',
        batchNo: 'B261101',
        cartonFrom: '600100000101',
        cartonTo: '600100000300',
        quantity: 200,
        unitPriceFen: 2_300,
        regionCode: 'HD-05',
        otherRegion: true,
        product: { code: 'P1001', name: '康健牌复方丹参片', spec: '0.32g×60片' },
        dealer: {
          code: 'D5001',
          name: '南京医药苏南分公司',
          agreementStatus: 'suspended',
          shipmentStop: { from: '2026-11-20', reason: '未按期交商品流向单' },
        },
        listPriceFen: 2_580,
      },
      expect.objectContaining({
        docNo: 'FH20261103',
        regionCode: 'HD-03',
        otherRegion: false,
        dealer: { code: 'D3001', name: '杭州华东医药连锁', agreementStatus: 'active', shipmentStop: null },
        listPriceFen: 2_580,
      }),
    ]);
  });

  it('finds the line whose carton range holds a scanned or typed code, and nothing outside every range', async () => {
    const o = await office();
    const line = async (code: string) =>
      (await o.lookup(code)).matches.map((m) => [m.matchedBy, m.docNo, m.lineNo]);
    expect(await line('600100000150')).toEqual([['carton', 'FH20261105', 1]]);
    expect(await line('600100000001')).toEqual([['carton', 'FH20261103', 1]]);
    expect(await line('600100000100')).toEqual([['carton', 'FH20261103', 1]]);
    expect(await line('600200000050')).toEqual([['carton', 'FH20261103', 2]]);
    // Typed with a Chinese input method in full width.
    expect(await line('６００１０００００３００')).toEqual([['carton', 'FH20261105', 1]]);
    // A short code between long ones in text order is judged only against ranges of its length.
    expect(await line('6005')).toEqual([['carton', 'FH20261108', 1]]);
    // Longer codes of another numbering that sort between a range's start and the code change nothing.
    const sqlite = new Database(o.dbFile);
    const add = sqlite.prepare(
      `insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
         carton_from, carton_to, quantity, unit_price_fen, seq)
       values ('FH20261120', ?, '2026-11-20', 'D3001', 'HD-03', 'P1001', 'B261120', ?, ?, 1, 2450, 10)`,
    );
    for (let i = 1; i <= 8; i++) add.run(i, `6001000001200000000${i}`, `6001000001200000000${i}`);
    sqlite.close();
    expect(await line('600100000150')).toEqual([['carton', 'FH20261105', 1]]);
    expect(await line('60010000012000000003')).toEqual([['carton', 'FH20261120', 3]]);
    for (const outside of ['600100000301', '600200000051', '600100000000', '6010', '60010000015', '5999'])
      expect(await o.lookup(outside), outside).toEqual({
        code: outside,
        unknown: true,
        matches: [],
        more: false,
      });
    expect(await o.lookup('不存在的批号')).toMatchObject({ unknown: true, matches: [] });
  });

  it('flags nothing at head office, which has no region of its own', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await seedReference(hq.core, hq.admin);
    const uploadId = expectOk(
      await hq.core.upload(await shipmentSheet(GOOD_LINES), '发货明细.xlsx', hq.admin),
    ).uploadId;
    expectOk(await call(hq.core, hq.admin, 'reference.importShipments', { uploadId }));
    const found = expectOk(await call(hq.core, hq.admin, 'reference.lookup', { code: 'B261101' }));
    expect(found.matches.map((m) => [m.regionCode, m.otherRegion])).toEqual([
      ['HD-05', false],
      ['HD-03', false],
    ]);
    expect(
      expectOk(await call(hq.core, hq.admin, 'reference.lookup', { code: '600100000200' })).matches,
    ).toEqual([
      expect.objectContaining({
        matchedBy: 'carton',
        docNo: 'FH20261105',
        unitPriceFen: 2_300,
        listPriceFen: 2_580,
      }),
    ]);
  });
});
