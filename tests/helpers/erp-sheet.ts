import ExcelJS from 'exceljs';

/** The ERP's own headers for a month of actuals. */
export const ERP_HEADERS = ['业务员', '会计期间', '销售金额', '回款金额'];

/** An ERP export of monthly actuals as .xlsx bytes: a header row, then the rows given. */
export async function erpSheet(rows: unknown[][], headers: readonly string[] = ERP_HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('销售回款');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
