import type { BundlePerformance } from '../../../../src-shared/bundle/sections';
import type { KpiRow } from '../../../../src-shared/contract/performance';
import { type BonusLine, toFen, toYuan } from '../../../../src-shared/domain/performance';
import type { BundleSectionHandler } from '../../handler-types';
import { lockedOf } from './bonus-month';
import { monthKpis } from './month-kpis';

/** An amount to the 分, as the section's schema wants it, whatever floating point made of it. */
const fen = (v: number) => toYuan(toFen(v));
const fenOrNull = (v: number | null) => (v === null ? null : fen(v));

function kpiRowOut(r: KpiRow): BundlePerformance['kpis'][number] {
  const f = r.figures;
  // The section's version 1 carries the six KPIs; training hours go in the training section.
  const { trainingHours: _hours, ...kpis } = r.kpis;
  return {
    userId: r.userId,
    name: r.name,
    kpis,
    score: r.score,
    rank: r.rank,
    figures: {
      salesTarget: fenOrNull(f.salesTarget),
      salesActual: fenOrNull(f.salesActual),
      collectionTarget: fenOrNull(f.collectionTarget),
      collectionActual: fenOrNull(f.collectionActual),
      actualSource: f.actualSource,
      targetSource: f.targetSource,
    },
    basis: {
      newCustomers: r.basis.newCustomerIds.length,
      previousCustomers: r.basis.previousCustomers,
      keptCustomers: r.basis.keptCustomers,
      dueReports: r.basis.dueReports,
      onTimeReports: r.basis.onTimeReports,
      jointVisits: r.basis.jointVisitReportIds.length,
    },
  };
}

/**
 * The month's 绩效评估 as the manager's KPI page shows it at the moment of the export (timeliness
 * counts what was due by then), and the approved 奖金核算 once the month is locked; head office
 * ranks regions and reps from it.
 */
export const performanceSection: BundleSectionHandler = {
  name: 'performance',
  write: async ({ db, month, exportedAt, exportedBy }): Promise<BundlePerformance> => {
    const asOfExport = { db, now: () => new Date(exportedAt) };
    const [rows, locked] = await Promise.all([
      monthKpis(asOfExport, exportedBy, month),
      lockedOf(asOfExport, month),
    ]);
    if (locked.length === 0) return { kpis: rows.map(kpiRowOut), bonus: null };
    const names = new Map(
      (
        await db
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where(
            'id',
            'in',
            locked.map((l) => l.user_id),
          )
          .execute()
      ).map((u) => [u.id, u.display_name]),
    );
    return {
      kpis: rows.map(kpiRowOut),
      bonus: locked
        .map((l) => ({
          userId: l.user_id,
          name: names.get(l.user_id) ?? `#${l.user_id}`,
          lines: (JSON.parse(l.lines) as BonusLine[]).map((line) => ({
            label: line.label,
            amount: fen(line.amount),
            basis: line.basis,
          })),
          total: fen(l.total),
          approvedBy: l.approver,
          approvedAt: l.approved_at,
        }))
        .sort((a, b) => a.userId - b.userId),
    };
  },
};
