import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded when a spreadsheet is first read or written: it is the largest library the
 * application loads, and most starts never touch a spreadsheet, so it stays out of the start-up.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const loaded = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return loaded.default ?? loaded;
}

export type SheetColumn = { header: string; width: number };

/** A worksheet with a bold, frozen header row and one row per entry. */
export function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn[],
  rows: (string | number | null)[][],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  return ws;
}

/** The media type of an .xlsx workbook. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
