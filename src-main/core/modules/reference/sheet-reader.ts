import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/xlsx-sheet';

/**
 * Reading a reference list (发货明细, and later 产品/经销商) from an .xlsx sheet: the file checked
 * whole (type, size, formulas, merged cells), the headers mapped to fields, each row's cells
 * handed back raw for the caller to check. Nothing here touches the database.
 * The channel module reads dealers' 商品流向单 with it too.
 */

export interface SheetProblem {
  /** The sheet's row number as Excel shows it, or null for the whole file. */
  row: number | null;
  message: string;
}

/** A cell as plain data: text trimmed (full-width folded to ASCII), numbers and dates as they are. */
export type Cell = string | number | Date | null;

export interface SheetSpec<F extends string> {
  fields: readonly F[];
  labels: Record<F, string>;
  /** Header words other lists use for a field, after its own label. */
  synonyms: Partial<Record<F, readonly string[]>>;
  /** Fields the sheet must have a column for. */
  required: readonly F[];
  maxRows: number;
  /** What the list is called in messages, e.g. 发货明细. */
  noun: string;
}

export interface ReadSheet<F extends string> {
  headers: string[];
  mapping: Partial<Record<F, string>> | null;
  rows: { row: number; cells: Partial<Record<F, Cell>> }[];
  problems: SheetProblem[];
}

const headerKey = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊]|\(必填\)$/g, '');

/** The mapping the headers suggest: each field's own label, then a synonym, each header used once. */
export function guessMapping<F extends string>(spec: SheetSpec<F>, headers: readonly string[]) {
  const out: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  for (const pass of ['label', 'synonym'] as const) {
    for (const field of spec.fields) {
      if (out[field]) continue;
      const words = pass === 'label' ? [spec.labels[field]] : (spec.synonyms[field] ?? []);
      const found = words
        .map((w) => headers.find((h) => !used.has(h) && headerKey(h) === headerKey(w)))
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

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number') return v;
  if (typeof v === 'string') return v.normalize('NFKC').trim();
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .normalize('NFKC')
      .trim();
  if ('text' in v) return String(v.text).normalize('NFKC').trim();
  return null;
}

const isEmpty = (c: Cell) => c === null || c === '';

/** Data rows beyond the header, counted by streaming, stopping as soon as there are too many. */
async function tooManyRows(bytes: Buffer, max: number): Promise<boolean> {
  const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from(bytes), {});
  let rows = 0;
  for await (const sheet of reader) {
    for await (const _row of sheet as AsyncIterable<unknown>) {
      if (++rows > max + 1) return true;
    }
    return false;
  }
  return false;
}

const fileProblem = <F extends string>(message: string, headers: string[] = []): ReadSheet<F> => ({
  headers,
  mapping: null,
  rows: [],
  problems: [{ row: null, message }],
});

/**
 * Reads the first sheet: its first non-empty row as headers, then every row. Refuses the whole
 * file when it is no .xlsx, too long, holds formulas or merged cells, or lacks a required column;
 * `mapping` (field → header) replaces the guess when given.
 */
export async function readSheet<F extends string>(
  spec: SheetSpec<F>,
  bytes: Buffer,
  mapping?: Partial<Record<F, string>>,
): Promise<ReadSheet<F>> {
  if (bytes.length === 0) return fileProblem(`文件是空的,请重新选择${spec.noun}文件。`);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return fileProblem('这是旧版 Excel(.xls)文件,请在 Excel 中“另存为” .xlsx 格式后再导入。');
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return fileProblem(`这不是 Excel(.xlsx)文件,请把${spec.noun}另存为 .xlsx 格式后再导入。`);
  const tooLong = await tooManyRows(bytes, spec.maxRows).catch(() => null);
  if (tooLong === null) return fileProblem('Excel 文件已损坏或无法读取,请重新保存后再试。');
  if (tooLong) return fileProblem(`一次最多导入 ${spec.maxRows} 行,请拆分后再导入。`);

  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fileProblem('Excel 文件已损坏或无法读取,请重新保存后再试。');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) return fileProblem(`工作表是空的,没有可导入的${spec.noun}。`);

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
    if (cells.some((v) => !isEmpty(plain(v)))) sheetRows.push({ row, cells });
  });
  if (formulas.length)
    return fileProblem(
      `单元格 ${formulas.slice(0, 3).join('、')}${formulas.length > 3 ? ` 等 ${formulas.length} 处` : ''} 含公式,请在 Excel 中复制整张表,用“选择性粘贴 → 数值”粘贴后再导入。`,
    );
  const [m] = merges.values();
  if (m) {
    const range = `${ws.getCell(m.top, m.left).address}:${ws.getCell(m.bottom, m.right).address}`;
    return fileProblem(`表中有合并单元格 ${range},请取消合并并在每一行填好内容后再导入。`);
  }
  if (sheetRows.length === 0) return fileProblem(`工作表是空的,没有可导入的${spec.noun}。`);

  const headers = sheetRows[0]!.cells.map((v) => {
    const c = plain(v);
    return c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c);
  });
  const chosen = mapping ?? guessMapping(spec, headers);
  const missing = Object.values<string | undefined>(chosen).filter((h) => h && !headers.includes(h));
  if (missing.length)
    return fileProblem(missing.map((h) => `表中没有“${h}”列`).join(';') + ',请重新选择列对应。', headers);
  const absent = spec.required.filter((f) => !chosen[f]);
  if (absent.length)
    return fileProblem(
      `找不到${absent.map((f) => `“${spec.labels[f]}”`).join('、')}列,请确认选择的是${spec.noun},或在列对应中选择对应的列。`,
      headers,
    );
  const index = (Object.entries(chosen) as [F, string][]).map(([f, h]) => [f, headers.indexOf(h)] as const);
  const rows = sheetRows.slice(1).map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(index.map(([f, i]) => [f, plain(cells[i])])) as Partial<Record<F, Cell>>,
  }));
  const problems: SheetProblem[] = [];
  if (rows.length === 0) problems.push({ row: null, message: `表中只有标题行,没有可导入的${spec.noun}。` });
  return { headers, mapping: chosen, rows, problems };
}
