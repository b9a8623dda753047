import { daysInMonth } from '../deadlines/calendar';

/** The regulation's default: a month's 商品流向单 by the 5th of the next month. */
export const DEFAULT_F10_DUE_DAY = 5;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The last day (YYYY-MM-DD) a month's F10 is on time: the due day of the next month, clamped to its length. */
export function f10DueDate(month: string, dueDay = DEFAULT_F10_DUE_DAY): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`bad month ${month}`);
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 28) throw new RangeError(`bad due day ${dueDay}`);
  let year = Number(m[1]);
  let next = Number(m[2]) + 1;
  if (next === 13) {
    next = 1;
    year += 1;
  }
  const day = Math.min(dueDay, daysInMonth(year, next));
  return `${year}-${String(next).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type F10State = 'on_time' | 'late' | 'missing' | 'not_due';

export const F10_STATE_LABELS: Record<F10State, string> = {
  on_time: '按时',
  late: '逾期提交',
  missing: '未提交',
  not_due: '未到期',
};

/** Where a dealer's F10 of a month stands on a day, from the day it was handed in (or null). */
export function f10State(due: string, submittedOn: string | null, today: string): F10State {
  if (submittedOn !== null) return submittedOn <= due ? 'on_time' : 'late';
  return today > due ? 'missing' : 'not_due';
}

export interface F10Dealer {
  code: string;
  name: string;
  /** Only dealers whose normal trade radiates beyond their area owe an F10. */
  radiates: boolean;
  submittedOn: string | null;
}

export interface StopAdvice {
  code: string;
  name: string;
  state: 'late' | 'missing';
  reason: string;
}

/**
 * 建议停止发货 (第2篇 第4条: 必须提供商品流向单,否则将停止发货): every radiating dealer whose
 * F10 of the month is missing after the due date, or came in late.
 */
export function stopShipmentAdvice(input: {
  month: string;
  dueDay: number;
  today: string;
  dealers: readonly F10Dealer[];
}): StopAdvice[] {
  const due = f10DueDate(input.month, input.dueDay);
  return input.dealers.flatMap((d): StopAdvice[] => {
    if (!d.radiates) return [];
    const state = f10State(due, d.submittedOn, input.today);
    if (state === 'missing')
      return [
        {
          code: d.code,
          name: d.name,
          state,
          reason: `${input.month} 商品流向单逾期未交(应于 ${due} 前提交)`,
        },
      ];
    if (state === 'late')
      return [
        {
          code: d.code,
          name: d.name,
          state,
          reason: `${input.month} 商品流向单逾期提交(${d.submittedOn},应于 ${due} 前)`,
        },
      ];
    return [];
  });
}
