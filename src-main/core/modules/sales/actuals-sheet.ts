import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/xlsx-sheet';

/**
 * Reading the company's ERP export of monthly sales and collections (实际销售/回款) from an .xlsx
 * sheet: which column holds what (a mapping, guessed from the headers or chosen by the office),
 * then every row checked, each problem reported with its row number in Chinese. Nothing here
 * touches the database; the caller stores the rows only when there is no error at all.
 */

/** The columns an import needs, and the header words that name them in ERP exports. */
export const ACTUALS_COLUMNS = {
  person: { label: '营销代表', guesses: ['营销代表', '业务员', '销售代表', '姓名', '人员'] },
  month: { label: '月份', guesses: ['月份', '期间', '会计期间', '年月'] },
  salesActual: { label: '销售额', guesses: ['销售额', '销售金额', '实际销售', '销售收入'] },
  collectionActual: { label: '回款额', guesses: ['回款额', '回款金额', '实际回款', '回款'] },
} as const;
export type ActualsColumn = keyof typeof ACTUALS_COLUMNS;
/** Column key -> the header text of the sheet that holds it. */
export type ActualsMapping = Record<ActualsColumn, string>;

/** The most rows one import takes; an ERP month of a region is a few hundred. */
export const MAX_IMPORT_ROWS = 50_000;
/** An amount above this is a typo (元), not a month's sales of one rep. */
export const MAX_MONTH_AMOUNT = 1_000_000_000;

export interface ActualsRow {
  /** The sheet's row number, as Excel shows it. */
  row: number;
  userId: number;
  name: string;
  /** YYYY-MM */
  month: string;
  salesActual: number | null;
  collectionActual: number | null;
}

export interface RowProblem {
  /** The sheet's row number, or null for a problem of the whole file. */
  row: number | null;
  message: string;
}

export interface ReadActuals {
  headers: string[];
  mapping: ActualsMapping | null;
  rows: ActualsRow[];
  problems: RowProblem[];
}

/** The people an import may name: reps, found by display name or account name. */
export interface KnownPerson {
  id: number;
  displayName: string;
  username: string;
}

const fileProblem = (message: string): ReadActuals => ({
  headers: [],
  mapping: null,
  rows: [],
  problems: [{ row: null, message }],
});

/** A cell's value as plain data: rich text and formulas give their text and result. */
function plain(value: ExcelJS.CellValue): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

const text = (v: string | number | Date | null) =>
  v === null ? '' : v instanceof Date ? v.toISOString() : String(v).trim();

/** A month as ERP exports write it: 2026-11, 2026/11, 2026年11月, 202611, or a date in the month. */
export function readMonth(v: string | number | Date | null): string | null {
  if (v instanceof Date) {
    // Excel dates carry no zone; exceljs reads them as UTC midnight.
    return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  const t = text(v).replace(/\s/g, '');
  const m = /^(\d{4})(?:[-/.年]?)(\d{1,2})月?(?:[-/.]\d{1,2}日?)?$/.exec(t);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

/** An amount cell: a number, or text of a number with grouping commas and 元; null when empty. */
function readAmount(v: string | number | Date | null): number | null | 'bad' {
  if (v === null || text(v) === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'bad';
  if (v instanceof Date) return 'bad';
  const t = v.replace(/[,,\s]|元$/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : 'bad';
}

/** The mapping the headers suggest: for each column, the first header that names it. */
export function guessMapping(headers: readonly string[]): Partial<ActualsMapping> {
  const out: Partial<ActualsMapping> = {};
  for (const [key, col] of Object.entries(ACTUALS_COLUMNS) as [
    ActualsColumn,
    (typeof ACTUALS_COLUMNS)[ActualsColumn],
  ][]) {
    const found = col.guesses.map((g) => headers.find((h) => h.replace(/\s/g, '') === g)).find(Boolean);
    if (found) out[key] = found;
  }
  return out;
}

/**
 * Reads an ERP export: the first sheet, its first non-empty row as headers, then every row, checked.
 * `mapping` is the office's remembered choice; without it (or when it no longer fits the headers)
 * the headers are guessed from.
 */
export async function readActualsSheet(
  bytes: Buffer,
  people: readonly KnownPerson[],
  mapping?: Partial<ActualsMapping>,
): Promise<ReadActuals> {
  if (bytes.length === 0) return fileProblem('文件是空的,请重新从系统导出。');
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return fileProblem('这是旧版 Excel(.xls)文件,请在 Excel 中“另存为” .xlsx 格式后再导入。');
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return fileProblem('这不是 Excel(.xlsx)文件,请从系统导出 .xlsx 格式后再导入。');

  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fileProblem('Excel 文件已损坏或无法读取,请重新导出后再试。');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) return fileProblem('工作表是空的,没有可导入的数据。');

  // Rows as plain values, with their numbers; the first non-empty one holds the headers.
  const sheetRows: { row: number; values: (string | number | Date | null)[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, row) => {
    const values: (string | number | Date | null)[] = [];
    r.eachCell({ includeEmpty: true }, (cell, col) => (values[col - 1] = plain(cell.value)));
    if (values.some((v) => text(v ?? null) !== '')) sheetRows.push({ row, values });
  });
  if (sheetRows.length === 0) return fileProblem('工作表是空的,没有可导入的数据。');
  if (sheetRows.length - 1 > MAX_IMPORT_ROWS)
    return fileProblem(`一次最多导入 ${MAX_IMPORT_ROWS.toLocaleString('zh-CN')} 行,请按月分开导入。`);

  const headers = sheetRows[0]!.values.map((v) => text(v ?? null));
  const guessed = guessMapping(headers);
  const chosen: Partial<ActualsMapping> = {};
  for (const key of Object.keys(ACTUALS_COLUMNS) as ActualsColumn[]) {
    const wanted = mapping?.[key];
    chosen[key] = wanted && headers.includes(wanted) ? wanted : guessed[key];
  }
  const missing = (Object.keys(ACTUALS_COLUMNS) as ActualsColumn[]).filter(
    (k) => !chosen[k] && k !== 'collectionActual' && k !== 'salesActual',
  );
  if (!chosen.salesActual && !chosen.collectionActual) missing.push('salesActual');
  if (missing.length > 0) {
    return {
      headers,
      mapping: null,
      rows: [],
      problems: missing.map((k) => ({
        row: null,
        message: `找不到“${ACTUALS_COLUMNS[k].label}”列,请在列对应中选择哪一列是${ACTUALS_COLUMNS[k].label}。`,
      })),
    };
  }
  const full = chosen as ActualsMapping;
  const index = (k: ActualsColumn) => (full[k] ? headers.indexOf(full[k]) : -1);
  const at = (values: (string | number | Date | null)[], k: ActualsColumn) => {
    const i = index(k);
    return i < 0 ? null : (values[i] ?? null);
  };

  const byName = new Map<string, KnownPerson>();
  for (const p of people) {
    byName.set(p.displayName, p);
    byName.set(p.username, p);
  }
  const rows: ActualsRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of sheetRows.slice(1)) {
    const before = problems.length;
    const name = text(at(values, 'person'));
    const person = byName.get(name);
    if (!name) problems.push({ row, message: `第 ${row} 行:没有填写营销代表。` });
    else if (!person)
      problems.push({ row, message: `第 ${row} 行:找不到营销代表“${name}”,请核对姓名或先在“人员”中添加。` });
    const monthCell = at(values, 'month');
    const month = readMonth(monthCell);
    if (!month)
      problems.push({
        row,
        message: `第 ${row} 行:月份“${text(monthCell)}”无法识别,请写成 2026-11 或 2026年11月。`,
      });
    const amounts: Partial<Record<'salesActual' | 'collectionActual', number | null>> = {};
    for (const key of ['salesActual', 'collectionActual'] as const) {
      const cell = at(values, key);
      const amount = readAmount(cell);
      const label = ACTUALS_COLUMNS[key].label;
      if (amount === 'bad') problems.push({ row, message: `第 ${row} 行:${label}“${text(cell)}”不是金额。` });
      else if (amount !== null && amount < 0)
        problems.push({ row, message: `第 ${row} 行:${label}不能为负数(${amount})。` });
      else if (amount !== null && amount > MAX_MONTH_AMOUNT)
        problems.push({
          row,
          message: `第 ${row} 行:${label} ${amount.toLocaleString('zh-CN')} 元过大,请核对单位是否为元。`,
        });
      else if (amount !== null && Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6)
        problems.push({ row, message: `第 ${row} 行:${label}最多保留两位小数。` });
      else amounts[key] = amount;
    }
    if (problems.length > before || !person || !month) continue;
    if (amounts.salesActual === null && amounts.collectionActual === null) {
      problems.push({ row, message: `第 ${row} 行:销售额和回款额都是空的。` });
      continue;
    }
    const key = `${person.id}|${month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        message: `第 ${row} 行:与第 ${first} 行重复(${person.displayName} ${month}),每人每月只能有一行。`,
      });
      continue;
    }
    seen.set(key, row);
    rows.push({
      row,
      userId: person.id,
      name: person.displayName,
      month,
      salesActual: amounts.salesActual ?? null,
      collectionActual: amounts.collectionActual ?? null,
    });
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push({ row: null, message: '表中只有标题行,没有可导入的数据。' });
  return { headers, mapping: full, rows, problems };
}
