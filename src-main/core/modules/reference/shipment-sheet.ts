import { SHIPMENT_FIELD_LABELS, type ShipmentField } from '../../../../src-shared/contract/reference';
import { parseDay } from '../../../../src-shared/domain/deadlines/calendar';
import type { Cell, ReadSheet, SheetProblem, SheetSpec } from './sheet-reader';

/** The most lines one import takes: a month of a busy warehouse is a few thousand. */
export const MAX_SHIPMENT_ROWS = 50_000;
/** A line's 单价 above this (元) is a typo, not a carton's price. */
const MAX_UNIT_PRICE = 1_000_000;
const MAX_CODE = 40;

export const SHIPMENT_SHEET: SheetSpec<ShipmentField> = {
  fields: Object.keys(SHIPMENT_FIELD_LABELS) as ShipmentField[],
  labels: SHIPMENT_FIELD_LABELS,
  synonyms: {
    docNo: ['单号', '发货单编号', '出库单号', '单据编号'],
    lineNo: ['行', '序号', '明细行号'],
    shipDate: ['日期', '出库日期', '单据日期'],
    dealerCode: ['客户编码', '经销商代码', '客户代码'],
    regionCode: ['区域', '区域代码', '销售区域'],
    productCode: ['物料编码', '商品编码', '产品代码', '存货编码'],
    batchNo: ['批次', '批次号', '生产批号'],
    cartonFrom: ['箱码起', '开始箱码', '起始码'],
    cartonTo: ['箱码止', '截止箱码', '结束码'],
    quantity: ['件数', '发货数量', '箱数'],
    unitPrice: ['单价', '单价（元）', '含税单价'],
  },
  required: [
    'docNo',
    'shipDate',
    'dealerCode',
    'productCode',
    'batchNo',
    'cartonFrom',
    'cartonTo',
    'quantity',
    'unitPrice',
  ],
  maxRows: MAX_SHIPMENT_ROWS,
  noun: '发货明细',
};

/** A row checked on its own (before the dealers and products on file are asked). */
export interface ShipmentLine {
  row: number;
  docNo: string;
  lineNo: number;
  shipDate: string;
  dealerCode: string;
  /** '' when the sheet leaves it to the dealer's region. */
  regionCode: string;
  productCode: string;
  batchNo: string;
  cartonFrom: string;
  cartonTo: string;
  quantity: number;
  unitPriceFen: number;
}

type Say = (message: string) => void;

/** A code cell: text as written; a number only while Excel has kept every digit of it. */
function code(cell: Cell | undefined, label: string, say: Say, required = true): string {
  if (cell === null || cell === undefined || cell === '') {
    if (required) say(`没有填写${label}。`);
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
  const text = String(cell);
  if (text.length > MAX_CODE) say(`${label}不能超过 ${MAX_CODE} 个字符。`);
  else if (/\s/.test(text)) say(`${label}“${text}”中有空格,请删去。`);
  return text;
}

/** A day as a date cell or written 2026-11-03, 2026/11/3, 2026.11.3, 2026年11月3日 or 20261103. */
export function readDay(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (cell === null || cell === undefined) return null;
  const t = String(cell).replace(/\s/g, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return parseDay(day) ? day : null;
}

/** A number cell, or text of one with grouping commas (and 元); 'bad' when it is neither. */
function number(cell: Cell | undefined): number | null | 'bad' {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'bad';
  if (cell instanceof Date) return 'bad';
  const t = cell.replace(/[,,\s]|元$/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : 'bad';
}

/**
 * Checks every row on its own: required cells, dates, amounts, the carton range, and each
 * document's line numbers (given, or 1, 2, … in sheet order) used once.
 */
export function checkShipmentRows(read: ReadSheet<ShipmentField>): {
  lines: ShipmentLine[];
  problems: SheetProblem[];
} {
  const problems: SheetProblem[] = [...read.problems];
  const lines: ShipmentLine[] = [];
  const counted = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const { row, cells } of read.rows) {
    const before = problems.length;
    const say: Say = (message) => problems.push({ row, message: `第 ${row} 行:${message}` });
    const docNo = code(cells.docNo, '发货单号', say);
    const dealerCode = code(cells.dealerCode, '经销商编码', say);
    const regionCode = code(cells.regionCode, '区域编码', say, false);
    const productCode = code(cells.productCode, '产品编码', say);
    const batchNo = code(cells.batchNo, '批号', say);
    const cartonFrom = code(cells.cartonFrom, '起始箱码', say);
    const cartonTo = code(cells.cartonTo, '结束箱码', say);
    const shipDate = readDay(cells.shipDate);
    if (shipDate === null)
      say(
        cells.shipDate === null || cells.shipDate === undefined
          ? '没有填写发货日期。'
          : `发货日期“${String(cells.shipDate)}”无法识别,请写成 2026-11-03。`,
      );
    if (cartonFrom && cartonTo) {
      if (cartonFrom.length !== cartonTo.length)
        say(`起始箱码 ${cartonFrom} 与结束箱码 ${cartonTo} 位数不同,同一段箱码位数须相同。`);
      else if (cartonFrom > cartonTo) say(`起始箱码 ${cartonFrom} 大于结束箱码 ${cartonTo},请核对是否填反。`);
    }
    const quantity = number(cells.quantity);
    if (quantity === null) say('没有填写数量。');
    else if (quantity === 'bad' || !Number.isSafeInteger(quantity) || quantity <= 0)
      say(`数量“${String(cells.quantity)}”须为大于 0 的整数。`);
    const price = number(cells.unitPrice);
    if (price === null) say('没有填写单价(元)。');
    else if (price === 'bad') say(`单价“${String(cells.unitPrice)}”不是金额。`);
    else if (price > MAX_UNIT_PRICE) say(`单价 ${price} 元过大,请核对单位是否为元。`);
    else if (Math.abs(Math.round(price * 100) - price * 100) > 1e-6) say('单价最多保留两位小数(到分)。');
    let lineNo = (counted.get(docNo) ?? 0) + 1;
    counted.set(docNo, lineNo);
    const givenLine = number(cells.lineNo);
    if (givenLine === 'bad' || (givenLine !== null && (!Number.isInteger(givenLine) || givenLine <= 0)))
      say(`行号“${String(cells.lineNo)}”须为大于 0 的整数。`);
    else if (givenLine !== null) lineNo = givenLine;
    if (problems.length > before) continue;
    const key = `${docNo}\u0000${lineNo}`;
    const first = seen.get(key);
    if (first !== undefined) {
      say(`发货单 ${docNo} 第 ${lineNo} 行与表中第 ${first} 行重复,同一发货单的行号不能重复。`);
      continue;
    }
    seen.set(key, row);
    lines.push({
      row,
      docNo,
      lineNo,
      shipDate: shipDate!,
      dealerCode,
      regionCode,
      productCode,
      batchNo,
      cartonFrom,
      cartonTo,
      quantity: quantity as number,
      unitPriceFen: Math.round((price as number) * 100),
    });
  }
  return { lines, problems };
}
