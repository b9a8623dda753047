import type { SessionStatus } from '../../../src-shared/domain/training/sessions';
import { periodLabel, periodOfDay, shiftPeriod } from '../../../src-shared/domain/periods';

export const SESSION_STATUS_COLORS: Record<SessionStatus, string> = {
  scheduled: 'blue',
  held: 'green',
  cancelled: 'gray',
};

/** The quarters a person usually looks at: the coming one, this one and the four before, newest first. */
export function quarterOptions(today: string): { value: string; label: string }[] {
  const now = periodOfDay('quarter', today);
  return [1, 0, -1, -2, -3, -4].map((n) => {
    const key = shiftPeriod('quarter', now, n);
    return { value: key, label: periodLabel('quarter', key) };
  });
}

/** 学时 as the paper writes it: 2.5, 3. */
export const hoursText = (h: number) => `${Number(h.toFixed(1))}`;

/** A rate of 0–1 as a percentage with one decimal, or — when there was nothing to count. */
export const rateText = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
