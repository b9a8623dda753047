import { toFen, toYuan } from './money';

/**
 * A bonus plan as data (激励方案): a base bonus paid at 100 % achievement of the sales target, the
 * tiers that turn an achievement rate into a share of it, gates that cut it, and a cap.
 */
export interface BonusPlan {
  /** 元 paid at exactly 100 % achievement. */
  base: number;
  /** Below this rate (%), no bonus. */
  floorRate: number;
  /** From floorRate to 100 %, the share rises linearly from this (%) to 100 %. */
  floorShare: number;
  /** Above 100 %, each further percentage point of achievement pays this many points of the base. */
  acceleration: number;
  /** The bonus never exceeds this share of the base (%). */
  capShare: number;
  /** When 报表及时率 is below this (%), the bonus is cut by `lateCutShare` (%). */
  timelinessGate: number;
  lateCutShare: number;
}

export const DEFAULT_BONUS_PLAN: BonusPlan = {
  base: 3000,
  floorRate: 80,
  floorShare: 50,
  acceleration: 2,
  capShare: 200,
  timelinessGate: 90,
  lateCutShare: 20,
};

/** A deduction from a month's bonus: a channel-control fine or a manual one, with its reason. */
export interface BonusDeduction {
  amount: number;
  reason: string;
}

/** One line of a bonus statement: what it is, its amount (元) and where the figure came from. */
export interface BonusLine {
  label: string;
  amount: number;
  basis: string;
}

export interface BonusResult {
  lines: BonusLine[];
  /** What is paid (元), never below 0. */
  total: number;
}

/**
 * The share of the base (%) an achievement rate earns: 0 below the floor, linear from floorShare at
 * the floor to 100 at 100 %, then `acceleration` points per point above 100 %, capped.
 */
export function bonusShare(plan: BonusPlan, rate: number | null): number {
  if (rate === null || rate < plan.floorRate) return 0;
  let share: number;
  if (rate <= 100) {
    const span = 100 - plan.floorRate;
    share = span <= 0 ? 100 : plan.floorShare + ((rate - plan.floorRate) / span) * (100 - plan.floorShare);
  } else {
    share = 100 + (rate - 100) * plan.acceleration;
  }
  return Math.min(share, plan.capShare);
}

/**
 * A month's bonus (奖金核算): the tier amount from the sales achievement rate, the cut for late
 * reports, the deductions and the adjustments carried from earlier months, each as a line with its
 * basis; computed in 分, the total never below 0.
 */
export function computeBonus(
  plan: BonusPlan,
  input: {
    salesRate: number | null;
    timelinessRate: number | null;
    deductions: readonly BonusDeduction[];
    /** Corrections of earlier, locked months (positive or negative), as lines of their own. */
    adjustments?: readonly BonusLine[];
  },
): BonusResult {
  const share = bonusShare(plan, input.salesRate);
  const tierFen = Math.round((toFen(plan.base) * share) / 100);
  const lines: BonusLine[] = [
    {
      label: '达成奖金',
      amount: toYuan(tierFen),
      basis:
        input.salesRate === null
          ? '本月无销售目标,不计达成奖金'
          : `销售额达成率 ${input.salesRate}%,按方案计基数的 ${Math.round(share * 10) / 10}%`,
    },
  ];
  let fen = tierFen;
  const cut = Math.round((tierFen * plan.lateCutShare) / 100);
  if (input.timelinessRate !== null && input.timelinessRate < plan.timelinessGate && cut > 0) {
    fen -= cut;
    lines.push({
      label: '报表及时率扣减',
      amount: -toYuan(cut),
      basis: `报表及时率 ${input.timelinessRate}% 低于 ${plan.timelinessGate}%,扣达成奖金的 ${plan.lateCutShare}%`,
    });
  }
  for (const d of input.deductions) {
    fen -= toFen(d.amount);
    lines.push({ label: '扣款', amount: -toYuan(toFen(d.amount)), basis: d.reason });
  }
  for (const a of input.adjustments ?? []) {
    fen += toFen(a.amount);
    lines.push(a);
  }
  return { lines, total: toYuan(Math.max(0, fen)) };
}

/**
 * The line a later change to a locked (approved) month adds to the next open month: the difference
 * between what was approved and what the month computes now; null when nothing changed. The locked
 * month itself is never rewritten.
 */
export function adjustmentLine(
  month: string,
  approvedTotal: number,
  recomputedTotal: number,
): BonusLine | null {
  const diff = toFen(recomputedTotal) - toFen(approvedTotal);
  if (diff === 0) return null;
  return {
    label: `${month} 奖金调整`,
    amount: toYuan(diff),
    basis: `${month} 已审核奖金 ${approvedTotal.toFixed(2)} 元,重新核算为 ${recomputedTotal.toFixed(2)} 元`,
  };
}
