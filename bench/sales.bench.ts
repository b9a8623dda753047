import ExcelJS from 'exceljs';
import { readActualsSheet } from '../src-main/core/modules/sales/actuals-sheet';
import type { BenchResult } from './documents.bench';

const ROWS = 10_000;
const REPS = 50;

/** An ERP export of 10,000 rows: 50 reps × 200 months of sales and collections. */
async function erpExport(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('销售回款');
  ws.addRow(['业务员', '会计期间', '销售金额', '回款金额']);
  for (let i = 0; i < ROWS; i++) {
    const month = Math.floor(i / REPS);
    ws.addRow([
      `代表${i % REPS}`,
      `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
      100_000 + i * 13.57,
      80_000 + i * 7.21,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reading and checking an actuals import of 10,000 rows, the median of five runs. */
export async function benchSales(): Promise<BenchResult[]> {
  const bytes = await erpExport();
  const people = Array.from({ length: REPS }, (_, i) => ({
    id: i + 10,
    displayName: `代表${i}`,
    username: `rep${i}`,
  }));
  const times: number[] = [];
  for (let run = 0; run < 6; run++) {
    const start = performance.now();
    const read = await readActualsSheet(bytes, people);
    const ms = performance.now() - start;
    if (read.rows.length !== ROWS || read.problems.length > 0)
      throw new Error('bench sheet did not read cleanly');
    if (run > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: 'sales.actuals_import_10k.read_ms',
      value: Math.round(times[2]!),
      unit: 'ms',
      note: `read + check ${ROWS.toLocaleString('en')} rows (${Math.round(bytes.length / 1024)} KB .xlsx), median of 5; target ≤ 2000`,
    },
  ];
}
