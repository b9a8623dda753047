import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Caller, Core } from '../../../src-main/core';
import { SHIPMENT_FIELD_LABELS, SHIPMENT_FIELDS } from '../../../src-shared/contract/reference';
import { call, expectOk } from '../../helpers/core-harness';

/** The headers of head office's 发货明细 sheet, as the import labels them. */
export const SHIPMENT_HEADERS = SHIPMENT_FIELDS.map((f) => SHIPMENT_FIELD_LABELS[f]);

/** A 发货明细 sheet: a header row, then the rows given; `edit` adds formulas or merges. */
export async function shipmentSheet(
  rows: unknown[][],
  headers: readonly string[] = SHIPMENT_HEADERS,
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('发货明细');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Two products, their price lists, and three dealers in two regions (one stopped), saved at head office. */
export async function seedReference(core: Core, admin: Caller): Promise<void> {
  expectOk(
    await call(core, admin, 'reference.saveProduct', {
      code: 'P1001',
      name: '康健牌复方丹参片',
      spec: '0.32g×60片',
      unit: '盒',
    }),
  );
  expectOk(
    await call(core, admin, 'reference.saveProduct', {
      code: 'P1002',
      name: '康健牌板蓝根颗粒',
      spec: '10g×20袋',
      unit: '盒',
    }),
  );
  for (const [productCode, effectiveFrom, priceFen] of [
    ['P1001', '2026-01-01', 2_450],
    ['P1001', '2026-10-01', 2_580],
    ['P1002', '2026-01-01', 1_890],
  ] as const)
    expectOk(await call(core, admin, 'reference.savePrice', { productCode, effectiveFrom, priceFen }));
  expectOk(
    await call(core, admin, 'reference.saveDealer', {
      code: 'D3001',
      name: '杭州华东医药连锁',
      regionCode: 'HD-03',
      agreementNo: 'XY-2026-031',
      agreementStatus: 'active',
    }),
  );
  expectOk(
    await call(core, admin, 'reference.saveDealer', {
      code: 'D3002',
      name: '绍兴震元医药',
      regionCode: 'HD-03',
      agreementStatus: 'active',
      radiates: true,
    }),
  );
  expectOk(
    await call(core, admin, 'reference.saveDealer', {
      code: 'D5001',
      name: '南京医药苏南分公司',
      regionCode: 'HD-05',
      agreementNo: 'XY-2026-052',
      agreementStatus: 'suspended',
      shipmentStop: { from: '2026-11-20', reason: '未按期交商品流向单' },
    }),
  );
}

/** Lines of a good sheet: 发货单号, 行号, 发货日期, 经销商编码, 区域编码, 产品编码, 批号, 箱码起止, 数量, 单价. */
export const GOOD_LINES: unknown[][] = [
  ['FH20261103', 1, '2026-11-03', 'D3001', '', 'P1001', 'B261101', '600100000001', '600100000100', 100, 24.5],
  [
    'FH20261103',
    2,
    '2026-11-03',
    'D3001',
    'HD-03',
    'P1002',
    'B261102',
    '600200000001',
    '600200000050',
    50,
    '18.90',
  ],
  [
    'FH20261105',
    '',
    new Date(Date.UTC(2026, 10, 5)),
    'D5001',
    '',
    'P1001',
    'B261101',
    '600100000101',
    '600100000300',
    200,
    23,
  ],
];

/**
 * An office's copy of the reference data, written straight into its tables as a reference bundle
 * would: the products, prices and dealers of seedReference and the lines of GOOD_LINES.
 */
export function writeOfficeCopy(dbFile: string): void {
  const sqlite = new Database(dbFile, { fileMustExist: true });
  try {
    sqlite.exec(`
      insert into ref_products (code, name, spec, unit, seq) values
        ('P1001', '康健牌复方丹参片', '0.32g×60片', '盒', 1), ('P1002', '康健牌板蓝根颗粒', '10g×20袋', '盒', 2);
      insert into ref_prices (product_code, effective_from, price_fen, seq) values
        ('P1001', '2026-01-01', 2450, 3), ('P1001', '2026-10-01', 2580, 4), ('P1002', '2026-01-01', 1890, 5);
      insert into ref_dealers (code, name, region_code, agreement_no, agreement_status, radiates,
          shipment_stop_from, shipment_stop_reason, seq) values
        ('D3001', '杭州华东医药连锁', 'HD-03', 'XY-2026-031', 'active', 0, null, null, 6),
        ('D5001', '南京医药苏南分公司', 'HD-05', 'XY-2026-052', 'suspended', 0, '2026-11-20', '未按期交商品流向单', 8);
      insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
          carton_from, carton_to, quantity, unit_price_fen, seq) values
        ('FH20261103', 1, '2026-11-03', 'D3001', 'HD-03', 'P1001', 'B261101', '600100000001', '600100000100', 100, 2450, 9),
        ('FH20261103', 2, '2026-11-03', 'D3001', 'HD-03', 'P1002', 'B261102', '600200000001', '600200000050', 50, 1890, 9),
        ('FH20261105', 1, '2026-11-05', 'D5001', 'HD-05', 'P1001', 'B261101', '600100000101', '600100000300', 200, 2300, 9),
        ('FH20261108', 1, '2026-11-08', 'D3001', 'HD-03', 'P1002', 'B261108', '6001', '6009', 9, 1890, 9);
      update ref_state set seq = 9;
    `);
  } finally {
    sqlite.close();
  }
}
