import { addDays } from '../deadlines/calendar';
import { toFen, toYuan } from './money';

/** How an annual target is split into months (销售目标分解). */
export const SPLIT_METHODS = {
  equal: '平均分配',
  lastYear: '按去年各月占比',
  typed: '手工填写',
} as const;
export type SplitMethod = keyof typeof SPLIT_METHODS;

/**
 * Splits `total` 元 into parts proportional to `weights`, in whole 分 that add up to the total
 * exactly: each part is rounded down, and the 分 left over go one each to the parts that lost
 * most to rounding (largest remainder), earlier months first on a tie.
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  const fen = toFen(total);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0 || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new RangeError('占比须为非负数且不能全为 0');
  }
  const exact = weights.map((w) => (fen * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = fen - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts.map(toYuan);
}

/**
 * An annual target as twelve monthly targets (元, two decimals) adding up to it exactly.
 * - equal: twelve equal parts;
 * - lastYear: in proportion to last year's monthly sales (`basis`, twelve amounts); a year without
 *   any sales falls back to equal parts;
 * - typed: the twelve amounts given in `basis`, which must add up to the annual target.
 */
export function splitAnnualTarget(
  total: number,
  method: SplitMethod,
  basis: readonly number[] = [],
): number[] {
  if (!Number.isFinite(total) || total < 0) throw new RangeError('年度目标须为非负金额');
  switch (method) {
    case 'equal':
      return splitByWeights(total, Array<number>(12).fill(1));
    case 'lastYear': {
      if (basis.length !== 12) throw new RangeError('去年各月销售额须有 12 个月');
      const known = basis.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
      return known.some((v) => v > 0)
        ? splitByWeights(total, known)
        : splitByWeights(total, Array<number>(12).fill(1));
    }
    case 'typed': {
      if (basis.length !== 12) throw new RangeError('须填写 12 个月的目标');
      const months = basis.map((v) => toYuan(toFen(v)));
      const diff = toFen(total) - months.reduce((a, b) => a + toFen(b), 0);
      if (diff !== 0)
        throw new RangeError(`各月目标合计与年度目标相差 ${toYuan(Math.abs(diff)).toFixed(2)} 元`);
      return months;
    }
  }
}

/** Twelve monthly amounts as four quarters (元), each the sum of its months in 分. */
export function quartersOf(months: readonly number[]): number[] {
  return [0, 1, 2, 3].map((q) => toYuan(months.slice(q * 3, q * 3 + 3).reduce((a, b) => a + toFen(b), 0)));
}

/**
 * The difference between a region's target and the sum of its reps' targets (元): 0 when they
 * agree, positive when the reps' targets fall short of the region's.
 */
export function regionGap(regionTarget: number, repTargets: readonly number[]): number {
  return toYuan(toFen(regionTarget) - repTargets.reduce((a, b) => a + toFen(b), 0));
}

/**
 * A target of a span of office days (a week) from monthly targets (YYYY-MM → 元): each month's
 * target spread evenly over its calendar days, the span's days added up, in whole 分. A week across
 * two months takes its days' share of each. null when no month of the span has a target.
 */
export function spanTarget(
  monthly: ReadonlyMap<string, number | null>,
  first: string,
  last: string,
): number | null {
  let fen = 0;
  let any = false;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const month = day.slice(0, 7);
    const amount = monthly.get(month);
    if (amount === null || amount === undefined) continue;
    any = true;
    const [y, m] = month.split('-').map(Number) as [number, number];
    fen += toFen(amount) / new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  return any ? toYuan(Math.round(fen)) : null;
}
