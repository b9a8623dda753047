import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/xlsx-sheet';
import {
  CUSTOMER_IMPORT_FIELDS,
  CUSTOMER_IMPORT_LABELS,
  CUSTOMER_STATUSES,
  type CustomerStatus,
} from '../../../../src-shared/contract/customers';

/**
 * Reading a customer list (客户档案) from an .xlsx sheet: which column holds what, then the file
 * and every row checked, each problem reported with its row number as Excel shows it. Nothing
 * here touches the database; what the file already holds is handed in (SheetFile).
 */

export type ImportField = (typeof CUSTOMER_IMPORT_FIELDS)[number];
export type ImportMapping = Partial<Record<ImportField, string>>;

/** The most data rows one import takes. */
export const MAX_CUSTOMER_ROWS = 10_000;

/** Header words other lists use for each field, after the field's own label. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  code: ['编号', '客户代码', '代码', '客户编码'],
  name: ['名称', '单位名称', '客户', '客户名', '公司名称', '企业名称', '单位'],
  type: ['类型', '类别', '客户类别'],
  grade: ['等级', '级别', '客户级别'],
  industry: ['所属行业'],
  address: ['详细地址', '单位地址', '联系地址'],
  city: ['所在城市', '市'],
  source: ['来源'],
  status: ['状态'],
  owner: ['业务员', '营销代表', '销售代表', '客户经理', '负责业务员'],
  contact: ['联系人姓名', '姓名'],
  contactTitle: ['职位', '联系人职务'],
  phone: ['手机', '联系电话', '手机号', '手机号码', '电话号码', '联系方式', '固定电话'],
  birthday: ['联系人生日', '出生日期'],
  notes: ['说明'],
};

/** Longest text each field takes, as the customer file stores it. */
const MAX_LENGTH: Record<ImportField, number> = {
  code: 30,
  name: 100,
  type: 30,
  grade: 10,
  industry: 50,
  address: 200,
  city: 50,
  source: 50,
  status: 10,
  owner: 50,
  contact: 50,
  contactTitle: 50,
  phone: 80,
  birthday: 20,
  notes: 1000,
};

export interface SheetProblem {
  row: number | null;
  message: string;
}

export interface SheetRow {
  row: number;
  /** Each mapped field's text as the cell holds it ('' for empty). */
  values: Partial<Record<ImportField, string>>;
  /** A date cell's day (生日 typed as an Excel date). */
  birthdayDate: string | null;
}

export interface ReadSheet {
  headers: string[];
  mapping: ImportMapping | null;
  rows: SheetRow[];
  problems: SheetProblem[];
}

const fileProblem = (message: string, headers: string[] = []): ReadSheet => ({
  headers,
  mapping: null,
  rows: [],
  problems: [{ row: null, message }],
});

const headerKey = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊]|\(必填\)$/g, '');

/** The mapping the headers suggest: each field's own label or a common synonym, each header used once. */
export function guessCustomerMapping(headers: readonly string[]): ImportMapping {
  const out: ImportMapping = {};
  const used = new Set<string>();
  // Exact labels first, so 客户名称 wins over 客户 and 联系人 over 姓名.
  for (const pass of ['label', 'synonym'] as const) {
    for (const field of CUSTOMER_IMPORT_FIELDS) {
      if (out[field]) continue;
      const words = pass === 'label' ? [CUSTOMER_IMPORT_LABELS[field]] : SYNONYMS[field];
      const found = words
        .map((w) => headers.find((h) => !used.has(h) && headerKey(h) === w))
        .find((h) => h !== undefined);
      if (found) {
        out[field] = found;
        used.add(found);
      }
    }
  }
  return out;
}

const isFormula = (v: ExcelJS.CellValue) =>
  !!v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);

/** A cell's text: rich text joined, dates as YYYY-MM-DD, numbers as written. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('text' in v) return String(v.text).trim();
  return '';
}

/** Data rows beyond the header, counted by streaming, stopping as soon as there are too many. */
async function tooManyRows(bytes: Buffer): Promise<boolean> {
  const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from(bytes), {});
  let rows = 0;
  for await (const sheet of reader) {
    for await (const _row of sheet as AsyncIterable<unknown>) {
      if (++rows > MAX_CUSTOMER_ROWS + 1) return true;
    }
    return false;
  }
  return false;
}

/**
 * Reads a customer list: the first sheet, its first non-empty row as headers, then every row.
 * Refuses the whole file when it is no .xlsx, too long, holds formulas or merged cells, or has no
 * 客户名称 column; `mapping` (field → header) replaces the guess when given.
 */
export async function readCustomerSheet(bytes: Buffer, mapping?: ImportMapping): Promise<ReadSheet> {
  if (bytes.length === 0) return fileProblem('文件是空的,请重新选择客户档案文件。');
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return fileProblem('这是旧版 Excel(.xls)文件,请在 Excel 中“另存为” .xlsx 格式后再导入。');
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return fileProblem('这不是 Excel(.xlsx)文件,请把客户清单另存为 .xlsx 格式后再导入。');
  const tooLong = await tooManyRows(bytes).catch(() => null);
  if (tooLong === null) return fileProblem('Excel 文件已损坏或无法读取,请重新保存后再试。');
  if (tooLong) return fileProblem(`一次最多导入 ${MAX_CUSTOMER_ROWS} 行,请拆分后再导入。`);

  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fileProblem('Excel 文件已损坏或无法读取,请重新保存后再试。');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) return fileProblem('工作表是空的,没有可导入的客户。');

  const sheetRows: { row: number; cells: ExcelJS.CellValue[] }[] = [];
  const formulas: string[] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  ws.eachRow({ includeEmpty: false }, (r, row) => {
    const cells: ExcelJS.CellValue[] = [];
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.value;
      if (isFormula(cell.value)) formulas.push(cell.address);
      if (cell.isMerged) {
        const m = merges.get(cell.master.address) ?? { top: row, left: col, bottom: row, right: col };
        m.bottom = Math.max(m.bottom, row);
        m.right = Math.max(m.right, col);
        merges.set(cell.master.address, m);
      }
    });
    if (cells.some((v) => cellText(v) !== '')) sheetRows.push({ row, cells });
  });
  if (formulas.length)
    return fileProblem(
      `单元格 ${formulas.slice(0, 3).join('、')}${formulas.length > 3 ? ` 等 ${formulas.length} 处` : ''} 含公式,请在 Excel 中复制整张表,用“选择性粘贴 → 数值”粘贴后再导入。`,
    );
  if (merges.size) {
    const [first] = [...merges.values()];
    const range = `${ws.getCell(first!.top, first!.left).address}:${ws.getCell(first!.bottom, first!.right).address}`;
    return fileProblem(`表中有合并单元格 ${range},请取消合并并在每一行填好内容后再导入。`);
  }
  if (sheetRows.length === 0) return fileProblem('工作表是空的,没有可导入的客户。');

  const headers = sheetRows[0]!.cells.map((v) => cellText(v));
  const chosen: ImportMapping = mapping ?? guessCustomerMapping(headers);
  const missing = Object.entries(chosen).filter(([, h]) => h && !headers.includes(h));
  if (missing.length)
    return fileProblem(missing.map(([, h]) => `表中没有“${h}”列`).join(';') + ',请重新选择列对应。', headers);
  if (!chosen.name)
    return fileProblem(
      '找不到“客户名称”列,请确认选择的是客户清单,或在列对应中选择哪一列是客户名称。',
      headers,
    );
  const index = Object.fromEntries(
    Object.entries(chosen).map(([field, header]) => [field, headers.indexOf(header)]),
  ) as Partial<Record<ImportField, number>>;

  const problems: SheetProblem[] = [];
  const rows: SheetRow[] = [];
  for (const { row, cells } of sheetRows.slice(1)) {
    const values: Partial<Record<ImportField, string>> = {};
    for (const [field, i] of Object.entries(index) as [ImportField, number][]) {
      const text = cellText(cells[i]);
      if (text.length > MAX_LENGTH[field])
        problems.push({
          row,
          message: `第 ${row} 行:${CUSTOMER_IMPORT_LABELS[field]}不能超过 ${MAX_LENGTH[field]} 个字。`,
        });
      values[field] = text;
    }
    const birthday = index.birthday === undefined ? undefined : cells[index.birthday];
    rows.push({ row, values, birthdayDate: birthday instanceof Date ? cellText(birthday) : null });
  }
  if (rows.length === 0) problems.push({ row: null, message: '表中只有标题行,没有可导入的客户。' });
  return { headers, mapping: chosen, rows, problems };
}

/** A birthday as typed: 1980-05-20, 1980/5/20, 1980.5.20 or 1980年5月20日; null when unreadable. */
export function readBirthday(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.replace(/\s/g, ''));
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}

/** A status cell: one of 潜在/合作/流失, '' for none given; null when it is something else. */
export function readStatus(text: string): CustomerStatus | '' | null {
  if (text === '') return '';
  return (CUSTOMER_STATUSES as readonly string[]).includes(text) ? (text as CustomerStatus) : null;
}
