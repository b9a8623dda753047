import { loadExcel } from '../../platform/xlsx-sheet';
import type { BonusStatement } from '../../../../src-shared/contract/performance';
import { toFen, toYuan } from '../../../../src-shared/domain/performance';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { sheet } from '../../platform/xlsx-sheet';

/** The payroll sheet's name and columns, as the payroll clerk reads them. */
export const PAYROLL_SHEET = '奖金发放表';
export const PAYROLL_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 12 },
  { header: '账号', width: 14 },
  { header: '月份', width: 10 },
  { header: '达成奖金', width: 12 },
  { header: '报表及时率扣减', width: 14 },
  { header: '扣款', width: 12 },
  { header: '以前月份调整', width: 14 },
  { header: '应发奖金', width: 12 },
  { header: '审核人', width: 10 },
  { header: '审核时间', width: 18 },
] as const;

type Kind = 'tier' | 'late' | 'deduction' | 'adjustment';

function kindOf(label: string): Kind {
  if (label === '报表及时率扣减') return 'late';
  if (label === '扣款') return 'deduction';
  if (label.endsWith('奖金调整')) return 'adjustment';
  return 'tier';
}

/**
 * The approved month for payroll: one row per rep with the statement's lines summed by kind and
 * the total as approved, then a 合计 row; amounts are numbers in 元 so the sheet can be summed.
 */
export async function buildPayrollXlsx(
  month: string,
  statements: readonly (BonusStatement & { username: string })[],
): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'RegionDesk';
  wb.title = `${month} 奖金发放表`;
  const sums = (s: BonusStatement) => {
    const fen: Record<Kind, number> = { tier: 0, late: 0, deduction: 0, adjustment: 0 };
    for (const l of s.lines) fen[kindOf(l.label)] += toFen(l.amount);
    return fen;
  };
  const rows = statements.map((s, i) => {
    const fen = sums(s);
    return [
      i + 1,
      s.name,
      s.username,
      month,
      toYuan(fen.tier),
      toYuan(fen.late),
      toYuan(fen.deduction),
      toYuan(fen.adjustment),
      s.total,
      s.approved?.by ?? '',
      s.approved ? formatDateTime(s.approved.at) : '',
    ];
  });
  const total = toYuan(statements.reduce((sum, s) => sum + toFen(s.total), 0));
  const ws = sheet(wb, PAYROLL_SHEET, [...PAYROLL_COLUMNS], rows);
  const last = ws.addRow(['', '合计', '', '', null, null, null, null, total, '', '']);
  last.font = { bold: true };
  for (const col of [5, 6, 7, 8, 9]) ws.getColumn(col).numFmt = '#,##0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
