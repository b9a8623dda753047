import type { BoardCell, BoardState } from '../../../src-shared/contract';

/** Widths of the sticky columns: the person's name and the punctuality. */
export const NAME_WIDTH = 104;
export const RATE_WIDTH = 116;
/** Below this a column shows a one-character mark instead of the state's word. */
export const WORD_WIDTH = 64;

/** One character per state, for columns too narrow for the word (a month of days). */
export const STATE_MARKS: Record<BoardState, string> = {
  notStarted: '未',
  draft: '草',
  submitted: '交',
  returned: '退',
  approved: '审',
  sent: '报',
  overdue: '逾',
};

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'other';

/** The kind of a board column, from its period key. */
export function periodKind(periodKey: string): PeriodKind {
  if (/^\d{4}-\d{2}-\d{2}$/.test(periodKey)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(periodKey)) return 'week';
  if (/^\d{4}-\d{2}$/.test(periodKey)) return 'month';
  if (/^\d{4}-Q\d$/.test(periodKey)) return 'quarter';
  return 'other';
}

/** The narrowest a column of each kind may be before the board scrolls sideways. */
const MIN_WIDTH: Record<PeriodKind, number> = { day: 30, week: 44, month: 48, quarter: 72, other: 96 };

/** The narrowest the board's period columns may be, each by its kind. */
export function minColumnsWidth(cells: readonly BoardCell[]): number {
  return cells.reduce((w, c) => w + MIN_WIDTH[periodKind(c.periodKey)], 0);
}

/**
 * A column's head: the day (with its month where a month starts or the board begins) over its
 * weekday, the week, the month or the quarter; narrow week columns put 周 under the number.
 */
export function columnHead(
  c: BoardCell,
  first: boolean,
  narrow: boolean,
): { main: string; sub?: string; weekend?: boolean } {
  const key = c.periodKey;
  switch (periodKind(key)) {
    case 'day': {
      const [y, m, d] = key.split('-').map(Number) as [number, number, number];
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      return {
        main: first || d === 1 ? `${m}/${d}` : String(d),
        sub: WEEKDAYS[weekday]!,
        weekend: weekday === 0 || weekday === 6,
      };
    }
    case 'week': {
      const n = Number(key.slice(6));
      return narrow ? { main: String(n), sub: '周' } : { main: `第${n}周` };
    }
    case 'month':
      return { main: `${Number(key.slice(5))}月` };
    case 'quarter':
      return { main: `${key.slice(0, 4)} ${key.slice(5)}` };
    default:
      return { main: key };
  }
}
