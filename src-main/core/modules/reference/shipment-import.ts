import type { ShipmentImportPreview, ShipmentField } from '../../../../src-shared/contract/reference';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { HandlerContext } from '../../handler-types';
import { type ReadSheet, readSheet } from './sheet-reader';
import { checkShipmentRows, SHIPMENT_SHEET, type ShipmentLine } from './shipment-sheet';

const PREVIEW_ROWS = 50;
const MAX_PROBLEMS = 500;
/** Rows per statement: 13 values each stays far below SQLite's bound-parameter limit. */
const CHUNK = 500;

/** A line ready to store: its region settled, and what storing it does to the file. */
export interface ImportLine extends ShipmentLine {
  action: 'new' | 'update' | 'same';
}

const lineKey = (docNo: string, lineNo: number) => `${docNo}\u0000${lineNo}`;

/** The lines on file for the documents the sheet names, by document and line. */
async function linesOnFile(db: Db, docNos: readonly string[]) {
  const held = new Map<string, Omit<ShipmentLine, 'row'>>();
  for (let i = 0; i < docNos.length; i += CHUNK) {
    const rows = await db
      .selectFrom('ref_shipments')
      .select([
        'doc_no as docNo',
        'line_no as lineNo',
        'ship_date as shipDate',
        'dealer_code as dealerCode',
        'region_code as regionCode',
        'product_code as productCode',
        'batch_no as batchNo',
        'carton_from as cartonFrom',
        'carton_to as cartonTo',
        'quantity',
        'unit_price_fen as unitPriceFen',
      ])
      .where('doc_no', 'in', docNos.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) held.set(lineKey(r.docNo, r.lineNo), r);
  }
  return held;
}

const SAME_FIELDS = [
  'shipDate',
  'dealerCode',
  'regionCode',
  'productCode',
  'batchNo',
  'cartonFrom',
  'cartonTo',
  'quantity',
  'unitPriceFen',
] as const;

/**
 * The sheet's rows checked on their own, then against the dealers and products on file; each
 * good line with its region settled (the dealer's when the row names none) and what storing it does.
 */
export async function checkShipments(db: Db, read: ReadSheet<ShipmentField>) {
  const { lines: checked, problems } = checkShipmentRows(read);
  const dealers = new Map(
    (await db.selectFrom('ref_dealers').select(['code', 'region_code']).execute()).map((d) => [
      d.code,
      d.region_code,
    ]),
  );
  const products = new Set((await db.selectFrom('ref_products').select('code').execute()).map((p) => p.code));
  const held = await linesOnFile(db, [...new Set(checked.map((l) => l.docNo))]);
  const lines: ImportLine[] = [];
  for (const l of checked) {
    const before = problems.length;
    const say = (message: string) => problems.push({ row: l.row, message: `第 ${l.row} 行:${message}` });
    const dealerRegion = dealers.get(l.dealerCode);
    if (dealerRegion === undefined)
      say(`找不到经销商编码“${l.dealerCode}”,请核对编码或先在“经销商”中添加该经销商。`);
    if (!products.has(l.productCode))
      say(`找不到产品编码“${l.productCode}”,请核对编码或先在“产品”中添加该产品。`);
    if (problems.length > before) continue;
    const line = { ...l, regionCode: l.regionCode || dealerRegion! };
    const was = held.get(lineKey(l.docNo, l.lineNo));
    const action = !was ? 'new' : SAME_FIELDS.every((f) => was[f] === line[f]) ? 'same' : 'update';
    lines.push({ ...line, action });
  }
  return { lines, problems };
}

/** The uploaded sheet, checked row by row against the dealers and products on file. */
export async function readShipmentUpload(
  ctx: HandlerContext,
  input: { uploadId: string; mapping?: Partial<Record<ShipmentField, string>> | undefined },
): Promise<{ preview: ShipmentImportPreview; lines: ImportLine[] }> {
  const upload = ctx.uploads.read(input.uploadId, ctx.caller.sessionToken);
  if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  const read = await readSheet(SHIPMENT_SHEET, upload.bytes, input.mapping);
  const { lines, problems } = await checkShipments(ctx.db, read);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const valid = problems.length === 0;
  const count = (a: ImportLine['action']) => lines.filter((l) => l.action === a).length;
  return {
    lines: valid ? lines : [],
    preview: {
      fileName: upload.fileName,
      headers: read.headers,
      mapping: read.mapping as Record<string, string> | null,
      rowCount: read.rows.length,
      rows: lines.slice(0, PREVIEW_ROWS).map(({ row, action, ...l }) => ({ row, ...l, action })),
      problems: problems.slice(0, MAX_PROBLEMS),
      problemCount: problems.length,
      newCount: count('new'),
      updateCount: count('update'),
      sameCount: count('same'),
      imported: null,
      seq: null,
    },
  };
}

/** Writes new and changed lines under one change number; a line imported again is updated in place. */
export async function writeShipments(trx: Db, lines: readonly ShipmentLine[], seq: number): Promise<void> {
  for (let i = 0; i < lines.length; i += CHUNK) {
    await trx
      .insertInto('ref_shipments')
      .values(
        lines.slice(i, i + CHUNK).map((l) => ({
          doc_no: l.docNo,
          line_no: l.lineNo,
          ship_date: l.shipDate,
          dealer_code: l.dealerCode,
          region_code: l.regionCode,
          product_code: l.productCode,
          batch_no: l.batchNo,
          carton_from: l.cartonFrom,
          carton_to: l.cartonTo,
          quantity: l.quantity,
          unit_price_fen: l.unitPriceFen,
          seq,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['doc_no', 'line_no']).doUpdateSet((eb) => ({
          ship_date: eb.ref('excluded.ship_date'),
          dealer_code: eb.ref('excluded.dealer_code'),
          region_code: eb.ref('excluded.region_code'),
          product_code: eb.ref('excluded.product_code'),
          batch_no: eb.ref('excluded.batch_no'),
          carton_from: eb.ref('excluded.carton_from'),
          carton_to: eb.ref('excluded.carton_to'),
          quantity: eb.ref('excluded.quantity'),
          unit_price_fen: eb.ref('excluded.unit_price_fen'),
          seq: eb.ref('excluded.seq'),
        })),
      )
      .execute();
  }
}
