/** A month key in Chinese: 2026-11 → 2026年11月. */
export const monthLabel = (key: string) => `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;

/** Hours with at most one decimal, e.g. 12.5. */
export const hoursOf = (h: number) => String(Math.round(h * 10) / 10);

/** An attendance rate (0–1) in percent with one decimal, or — when nothing was counted. */
export const rateOf = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);
