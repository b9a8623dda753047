import { formatYuan } from '../../app/format';

/** An amount in 分 as 元 with two decimals. */
export const yuanOf = (fen: number) => formatYuan(fen / 100);

/** A month key in Chinese: 2026-11 → 2026年11月. */
export const monthLabel = (key: string) => `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
