/**
 * Money in 分 (fen), as integers: targets, splits and bonuses are computed in fen so that months
 * add up to the year exactly; amounts are shown and stored in 元 with two decimals.
 */

/** 元 (with up to two decimals) to 分. */
export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** 分 to 元. */
export function toYuan(fen: number): number {
  return fen / 100;
}

/** An amount in 元 as offices write it: grouped, two decimals (1,204,500.50). */
export function formatYuan(amount: number): string {
  return amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
