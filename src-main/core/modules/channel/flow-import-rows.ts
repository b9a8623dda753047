import {
  FLOW_IMPORT_FIELDS,
  FLOW_IMPORT_LABELS,
  type FlowImportField,
} from '../../../../src-shared/contract/channel-flow-import';
import { parseDay } from '../../../../src-shared/domain/deadlines/calendar';
import type { Cell, ReadSheet, SheetProblem, SheetSpec } from '../reference';

/** One F10 takes at most this many lines (channel.saveFlow's own bound). */
export const MAX_FLOW_ROWS = 500;

export const FLOW_SHEET: SheetSpec<FlowImportField> = {
  fields: FLOW_IMPORT_FIELDS,
  labels: FLOW_IMPORT_LABELS,
  synonyms: {
    saleDate: ['日期', '销售日期', '出库日期', '发货日期', '单据日期', '开票日期'],
    productCode: ['物料编码', '商品编码', '产品代码', '存货编码', '品号'],
    batchNo: ['批次', '批次号', '生产批号'],
    quantity: ['件数', '销售数量', '出库数量', '箱数', '数量(盒)'],
    buyerName: ['客户', '客户名称', '购货方', '购买单位', '收货单位', '购货单位名称'],
    buyerRegion: ['区域', '所在区域', '区域编码', '客户区域', '购货区域', '销售区域'],
  },
  required: FLOW_IMPORT_FIELDS,
  maxRows: MAX_FLOW_ROWS,
  noun: '商品流向单',
};

/** A sheet row as an F10 line, before channel.saveFlow's own checks. */
export interface FlowSheetLine {
  row: number;
  saleDate: string;
  productCode: string;
  batchNo: string;
  quantity: number;
  buyerName: string;
  buyerRegion: string;
}

type Say = (message: string) => void;

/** A code cell: text as written; a number only while Excel has kept every digit of it. */
function code(cell: Cell | undefined, label: string, say: Say): string {
  if (cell === null || cell === undefined || cell === '') {
    say(`没有填写${label}。`);
    return '';
  }
  if (cell instanceof Date) {
    say(`${label}被 Excel 当成了日期,请把该列设为文本格式后重新输入。`);
    return '';
  }
  if (typeof cell === 'number' && !Number.isSafeInteger(cell)) {
    say(`${label}“${cell}”位数太长,Excel 已改动了它,请把该列设为文本格式后重新输入。`);
    return '';
  }
  return String(cell);
}

/** A day as a date cell or written 2026-11-03, 2026/11/3, 2026.11.3, 2026年11月3日 or 20261103. */
function readDay(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (cell === null || cell === undefined) return null;
  const t = String(cell).replace(/\s/g, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return parseDay(day) ? day : null;
}

/** A count cell, or text of one with grouping commas; 'bad' when it is neither. */
function count(cell: Cell | undefined): number | null | 'bad' {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'bad';
  if (cell instanceof Date) return 'bad';
  const t = cell.replace(/[,,\s]/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : 'bad';
}

/**
 * Turns each row into an F10 line, saying in Chinese what a cell lacks; the lines' own rules
 * (codes, lengths, the month) are channel.saveFlow's and are checked after this.
 */
export function sheetLines(read: ReadSheet<FlowImportField>): {
  lines: FlowSheetLine[];
  problems: SheetProblem[];
} {
  const problems: SheetProblem[] = [...read.problems];
  const lines: FlowSheetLine[] = [];
  for (const { row, cells } of read.rows) {
    const before = problems.length;
    const say: Say = (message) => problems.push({ row, message: `第 ${row} 行:${message}` });
    const saleDate = readDay(cells.saleDate);
    if (saleDate === null)
      say(
        cells.saleDate === null || cells.saleDate === undefined || cells.saleDate === ''
          ? '没有填写销售日期。'
          : `销售日期“${String(cells.saleDate)}”无法识别,请写成 2026-11-03。`,
      );
    const productCode = code(cells.productCode, '产品编码', say);
    const batchNo = code(cells.batchNo, '批号', say);
    const quantity = count(cells.quantity);
    if (quantity === null) say('没有填写数量。');
    else if (quantity === 'bad' || !Number.isInteger(quantity) || quantity <= 0)
      say(`数量“${String(cells.quantity)}”须为大于 0 的整数。`);
    const buyerName =
      cells.buyerName === null || cells.buyerName === undefined ? '' : String(cells.buyerName);
    if (!buyerName) say('没有填写购货单位。');
    const buyerRegion = code(cells.buyerRegion, '购货单位所在区域', say);
    if (problems.length > before) continue;
    lines.push({
      row,
      saleDate: saleDate!,
      productCode,
      batchNo,
      quantity: quantity as number,
      buyerName,
      buyerRegion,
    });
  }
  return { lines, problems };
}
