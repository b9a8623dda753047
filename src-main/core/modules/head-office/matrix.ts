import { loadExcel } from '../../platform/xlsx-sheet';
import type { Kysely } from 'kysely';
import type { BundleGap } from '../../../../src-shared/bundle/bundle-data';
import type { MatrixCell, MatrixCount, OutputOf } from '../../../../src-shared/contract';
import { FORM_CODES, type FormCode, getForm } from '../../../../src-shared/domain/forms';
import type { DB } from '../../db/database';
import { sheet } from '../../platform/xlsx-sheet';

export type Matrix = OutputOf<'hq.matrix'>;
type Count = MatrixCount;

const zero = (): Count => ({ received: 0, onTime: 0, late: 0, missing: 0 });

function add(into: Count, c: Count): void {
  into.received += c.received;
  into.onTime += c.onTime;
  into.late += c.late;
  into.missing += c.missing;
}

/** Whether an office sent its bundle by the head-office deadline its settings name (null: none named). */
export function bundleOnTime(exportedAt: string, headOfficeDueAt: string | null): boolean | null {
  return headOfficeDueAt === null ? null : Date.parse(exportedAt) <= Date.parse(headOfficeDueAt);
}

/** Every month from `from` to `to`, both included, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > to) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * Regions × months × forms from the current (not superseded) bundles: reports received, on time
 * and late by their on-time flags, and missing by the gaps each office listed. A month without a
 * bundle has no counts and `bundle: null`; totals add all regions.
 */
export async function buildMatrix(
  db: Kysely<DB>,
  input: { from: string; to: string; formCode: FormCode | null },
): Promise<Matrix> {
  const months = monthsBetween(input.from, input.to);
  const forms: readonly FormCode[] = input.formCode ? [input.formCode] : FORM_CODES;
  const offices = await db.selectFrom('ho_offices').selectAll().orderBy('code').execute();
  const bundles = await db
    .selectFrom('ho_bundles')
    .select([
      'id',
      'office_code',
      'period',
      'revision',
      'imported_at',
      'exported_at',
      'head_office_due_at',
      'gaps',
    ])
    .where('superseded_by', 'is', null)
    .where('period', '>=', input.from)
    .where('period', '<=', input.to)
    .execute();
  const counts = bundles.length
    ? await db
        .selectFrom('ho_reports')
        .select((eb) => [
          'bundle_id',
          'form_code',
          eb.fn.countAll<number>().as('received'),
          eb.fn.sum<number>(eb.case().when('on_time', '=', 1).then(1).else(0).end()).as('on_time'),
          eb.fn.sum<number>(eb.case().when('on_time', '=', 0).then(1).else(0).end()).as('late'),
        ])
        .where(
          'bundle_id',
          'in',
          bundles.map((b) => b.id),
        )
        .groupBy(['bundle_id', 'form_code'])
        .execute()
    : [];
  const byBundle = new Map<number, Map<string, Count>>();
  for (const c of counts) {
    const forms = byBundle.get(c.bundle_id) ?? new Map<string, Count>();
    forms.set(c.form_code, {
      received: Number(c.received),
      onTime: Number(c.on_time),
      late: Number(c.late),
      missing: 0,
    });
    byBundle.set(c.bundle_id, forms);
  }
  for (const b of bundles) {
    const forms = byBundle.get(b.id) ?? new Map<string, Count>();
    for (const g of JSON.parse(b.gaps) as BundleGap[]) {
      if (g.state !== 'missing') continue;
      const c = forms.get(g.formCode) ?? zero();
      c.missing += 1;
      forms.set(g.formCode, c);
    }
    byBundle.set(b.id, forms);
  }
  const current = new Map(bundles.map((b) => [`${b.office_code}|${b.period}`, b]));
  const totals = months.map((period) => ({ period, ...zero(), byForm: {} as Record<string, Count> }));
  const regions = offices.map((o) => ({
    code: o.code,
    name: o.name,
    region: o.region,
    cells: months.map((period, i): MatrixCell => {
      const b = current.get(`${o.code}|${period}`);
      const cell: MatrixCell = { period, ...zero(), bundle: null, byForm: {} };
      if (!b) return cell;
      cell.bundle = {
        id: b.id,
        revision: b.revision,
        importedAt: b.imported_at,
        exportedAt: b.exported_at,
        onTime: bundleOnTime(b.exported_at, b.head_office_due_at),
      };
      const found = byBundle.get(b.id)!;
      for (const code of forms) {
        const c = found.get(code);
        if (!c) continue;
        cell.byForm[code] = { ...c };
        add(cell, c);
        const t = totals[i]!;
        add(t, c);
        add((t.byForm[code] ??= zero()), c);
      }
      return cell;
    }),
  }));
  return { months, regions, totals };
}

const COUNT_HEADERS: [keyof Count, string][] = [
  ['received', '收到'],
  ['onTime', '按时'],
  ['late', '逾期'],
  ['missing', '缺报'],
];

/** The matrix as a workbook: 汇总 (regions × months) and 明细 (one row per region, month and form). */
export async function matrixWorkbook(matrix: Matrix, formCode: FormCode | null): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'RegionDesk';
  const scope = formCode ? `${formCode} ${getForm(formCode).title}` : '全部报表';
  const ws = wb.addWorksheet('汇总', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const top: (string | null)[] = ['区域', '办事处'];
  const second: (string | null)[] = [null, null];
  for (const m of matrix.months) {
    top.push(m, null, null, null);
    second.push(...COUNT_HEADERS.map(([, label]) => label));
  }
  ws.addRow(top).font = { bold: true };
  ws.addRow(second).font = { bold: true };
  matrix.months.forEach((_, i) => ws.mergeCells(1, 3 + i * 4, 1, 6 + i * 4));
  for (const r of matrix.regions) {
    const row: (string | number | null)[] = [r.region || r.code, r.name];
    for (const c of r.cells) {
      if (!c.bundle) row.push('未收到', null, null, null);
      else row.push(...COUNT_HEADERS.map(([key]) => c[key]));
    }
    ws.addRow(row);
  }
  const totalRow: (string | number | null)[] = ['合计', null];
  for (const t of matrix.totals) totalRow.push(...COUNT_HEADERS.map(([key]) => t[key]));
  ws.addRow(totalRow).font = { bold: true };
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 18;
  ws.headerFooter.oddHeader = `&C各区域报送汇总(${scope})`;

  const detail: (string | number)[][] = [];
  for (const r of matrix.regions) {
    for (const c of r.cells) {
      for (const [code, count] of Object.entries(c.byForm)) {
        detail.push([
          r.region || r.code,
          r.name,
          c.period,
          `${code} ${getForm(code as FormCode).title}`,
          ...COUNT_HEADERS.map(([key]) => count[key]),
        ]);
      }
    }
  }
  sheet(
    wb,
    '明细',
    [
      { header: '区域', width: 14 },
      { header: '办事处', width: 18 },
      { header: '月份', width: 10 },
      { header: '报表', width: 22 },
      ...COUNT_HEADERS.map(([, label]) => ({ header: label, width: 8 })),
    ],
    detail,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
