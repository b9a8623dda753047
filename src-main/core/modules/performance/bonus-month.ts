import type { BonusFigures, BonusStatement, KpiRow } from '../../../../src-shared/contract/performance';
import {
  adjustmentLine,
  type BonusLine,
  type BonusPlan,
  computeBonus,
} from '../../../../src-shared/domain/performance';
import { shiftPeriod } from '../../../../src-shared/domain/periods';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { monthKpis } from './month-kpis';
import { loadPerformanceSettings } from './performance-settings';

/** Lines that correct an earlier month, which a month's own bonus does not include. */
const isAdjustment = (l: BonusLine) => l.label.endsWith('奖金调整');

async function deductionsOf(ctx: HandlerContext, month: string) {
  return ctx.db.selectFrom('bonus_deductions').selectAll().where('month', '=', month).orderBy('id').execute();
}

/** The month's statements as the manager approved and locked them; none while it is open. */
export async function lockedOf(ctx: Pick<HandlerContext, 'db'>, month: string) {
  return ctx.db
    .selectFrom('bonus_statements as s')
    .innerJoin('users as u', 'u.id', 's.approved_by')
    .select(['s.user_id', 's.total', 's.lines', 's.figures', 's.approved_at', 'u.display_name as approver'])
    .where('s.month', '=', month)
    .execute();
}

/** The figures of a KPI row a statement keeps. */
export function figuresOf(k: KpiRow, plan?: BonusPlan): BonusFigures {
  return {
    ...(plan ? { plan } : {}),
    kpis: k.kpis,
    figures: k.figures,
    score: k.score,
    rank: k.rank,
    dueReports: k.basis.dueReports,
    onTimeReports: k.basis.onTimeReports,
  };
}

/** Each rep's own bonus of a month as it computes now: the tier, the late-report cut and the deductions. */
async function ownBonus(ctx: HandlerContext, me: SessionUser, month: string, approvedPlan?: BonusPlan) {
  const [kpis, deductions, settings] = await Promise.all([
    monthKpis(ctx, me, month),
    deductionsOf(ctx, month),
    loadPerformanceSettings(ctx.db),
  ]);
  const plan = approvedPlan ?? settings.plan;
  return kpis.map((k) => ({
    userId: k.userId,
    name: k.name,
    figures: figuresOf(k, plan),
    result: computeBonus(plan, {
      salesRate: k.kpis.salesRate,
      timelinessRate: k.kpis.timelinessRate,
      deductions: deductions
        .filter((d) => d.user_id === k.userId)
        .map((d) => ({ amount: d.amount, reason: d.reason })),
    }),
  }));
}

/**
 * The month's statements. A locked month shows what was approved. An open month computes each
 * rep's bonus, plus a line correcting the previous month when that month was approved and its
 * figures have changed since (a late import, a deduction, a report approved after the fact).
 */
export async function bonusMonth(
  ctx: HandlerContext,
  me: SessionUser,
  month: string,
): Promise<{ month: string; locked: boolean; statements: BonusStatement[] }> {
  const locked = await lockedOf(ctx, month);
  if (locked.length > 0) {
    // A locked month is read as approved; nothing is computed again.
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where(
        'id',
        'in',
        locked.map((l) => l.user_id),
      )
      .execute();
    const names = new Map(users.map((u) => [u.id, u.display_name]));
    return {
      month,
      locked: true,
      statements: locked.map((l) => ({
        userId: l.user_id,
        name: names.get(l.user_id) ?? `#${l.user_id}`,
        lines: JSON.parse(l.lines) as BonusLine[],
        total: l.total,
        figures: l.figures === null ? null : (JSON.parse(l.figures) as BonusFigures),
        approved: { by: l.approver, at: l.approved_at },
      })),
    };
  }
  const own = await ownBonus(ctx, me, month);
  const previous = shiftPeriod('month', month, -1);
  const approvedBefore = await lockedOf(ctx, previous);
  // Recomputed by the plan it was approved under: a later change of plan is no correction of it.
  const approvedPlan = approvedBefore
    .map((a) => (a.figures === null ? undefined : (JSON.parse(a.figures) as BonusFigures).plan))
    .find((p) => p !== undefined);
  const recomputed = approvedBefore.length > 0 ? await ownBonus(ctx, me, previous, approvedPlan) : [];
  return {
    month,
    locked: false,
    statements: own.map((o) => {
      const before = approvedBefore.find((a) => a.user_id === o.userId);
      const now = recomputed.find((r) => r.userId === o.userId);
      const adjustments: BonusLine[] = [];
      if (before && now) {
        const approvedOwn = (JSON.parse(before.lines) as BonusLine[])
          .filter((l) => !isAdjustment(l))
          .reduce((sum, l) => sum + Math.round(l.amount * 100), 0);
        const line = adjustmentLine(previous, Math.max(0, approvedOwn) / 100, now.result.total);
        if (line) adjustments.push(line);
      }
      const lines = [...o.result.lines, ...adjustments];
      const total =
        Math.max(
          0,
          lines.reduce((sum, l) => sum + Math.round(l.amount * 100), 0),
        ) / 100;
      return { userId: o.userId, name: o.name, lines, total, figures: o.figures, approved: null };
    }),
  };
}
