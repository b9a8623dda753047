import { DAY_MS, daysInMonth, formatDay, isoWeekday, parseDay, utcDay } from './deadlines/calendar';

/**
 * Where a report sits in the calendar. Keys: day 'YYYY-MM-DD'; ISO week 'YYYY-Www' (Monday to
 * Sunday, numbered in its ISO week-year); month 'YYYY-MM'; quarter 'YYYY-Qn'; event 'YYYY-MM-DD.N'
 * (N = 1…999, the running number of one person's events on that day). Years run from 1000 to 9999.
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'event';

/** Every period kind, in the order of their length (event last). */
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'event'];

/** The written shape of each kind's key; `parsePeriod` also checks the calendar (no 2026-02-30). */
export const PERIOD_KEY_PATTERNS: Readonly<Record<PeriodKind, RegExp>> = {
  day: /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  week: /^[1-9]\d{3}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^[1-9]\d{3}-(0[1-9]|1[0-2])$/,
  quarter: /^[1-9]\d{3}-Q[1-4]$/,
  event: /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\.[1-9]\d{0,2}$/,
};

/** The first and last calendar day of a period, both inclusive, as YYYY-MM-DD. */
export interface PeriodRange {
  first: string;
  last: string;
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const inRange = (day: string) => PERIOD_KEY_PATTERNS.day.test(day);

/** The Monday that starts ISO week 1 of an ISO week-year. */
function isoWeekOneMonday(isoYear: number): Date {
  const jan4 = utcDay(isoYear, 1, 4);
  return new Date(jan4.getTime() - (isoWeekday(jan4) - 1) * DAY_MS);
}

/** Number of ISO weeks (52 or 53) in an ISO week-year. */
export function isoWeeksInYear(isoYear: number): number {
  return isoWeekOf(utcDay(isoYear, 12, 28)).week;
}

/** The ISO week-year and week number of a calendar day. */
function isoWeekOf(dayUtc: Date): { year: number; week: number } {
  const thursday = new Date(dayUtc.getTime() + (4 - isoWeekday(dayUtc)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utcDay(year, 1, 1).getTime()) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** The first and last day of a period, or null when the key is not a real period of that kind. */
export function parsePeriod(kind: PeriodKind, key: string): PeriodRange | null {
  if (!PERIOD_KEY_PATTERNS[kind]?.test(key)) return null;
  const year = Number(key.slice(0, 4));
  let range: PeriodRange;
  switch (kind) {
    case 'day':
    case 'event': {
      const day = key.slice(0, 10);
      if (!parseDay(day)) return null;
      range = { first: day, last: day };
      break;
    }
    case 'week': {
      const week = Number(key.slice(6));
      if (week > isoWeeksInYear(year)) return null;
      const monday = new Date(isoWeekOneMonday(year).getTime() + (week - 1) * 7 * DAY_MS);
      range = { first: formatDay(monday), last: formatDay(new Date(monday.getTime() + 6 * DAY_MS)) };
      break;
    }
    case 'month': {
      const month = Number(key.slice(5, 7));
      range = { first: `${key}-01`, last: `${key}-${pad2(daysInMonth(year, month))}` };
      break;
    }
    case 'quarter': {
      const lastMonth = Number(key.slice(6)) * 3;
      range = {
        first: `${year}-${pad2(lastMonth - 2)}-01`,
        last: `${year}-${pad2(lastMonth)}-${pad2(daysInMonth(year, lastMonth))}`,
      };
      break;
    }
    default:
      return null;
  }
  return inRange(range.first) && inRange(range.last) ? range : null;
}

/** The key of the period that contains a day (for 'event', the day's first event `${day}.1`). */
export function periodOfDay(kind: PeriodKind, day: string): string {
  const d = parseDay(day);
  if (!d || !inRange(day)) throw new RangeError(`invalid day ${day}`);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  let key: string;
  switch (kind) {
    case 'day':
      return day;
    case 'event':
      return `${day}.1`;
    case 'week': {
      const w = isoWeekOf(d);
      key = `${w.year}-W${pad2(w.week)}`;
      break;
    }
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    default:
      throw new RangeError(`unknown period kind ${String(kind)}`);
  }
  if (!parsePeriod(kind, key)) throw new RangeError(`day ${day} has no ${kind} within years 1000–9999`);
  return key;
}

/** The period `n` periods after `key` (negative goes back); day, week, month and quarter only. */
export function shiftPeriod(kind: PeriodKind, key: string, n: number): string {
  const range = parsePeriod(kind, key);
  if (!range || kind === 'event') throw new RangeError(`cannot shift ${kind} ${key}`);
  if (!Number.isInteger(n)) throw new RangeError(`shift must be a whole number, got ${n}`);
  let result: string;
  if (kind === 'day' || kind === 'week') {
    const step = kind === 'day' ? 1 : 7;
    result = formatDay(new Date(parseDay(range.first)!.getTime() + n * step * DAY_MS));
    if (!inRange(result)) throw new RangeError(`${kind} ${key} shifted by ${n} leaves years 1000–9999`);
    return periodOfDay(kind, result);
  }
  const perYear = kind === 'month' ? 12 : 4;
  const index = Number(key.slice(0, 4)) * perYear + Number(key.slice(kind === 'month' ? 5 : 6)) - 1 + n;
  const year = Math.floor(index / perYear);
  const part = (index % perYear) + 1;
  result = kind === 'month' ? `${year}-${pad2(part)}` : `${year}-Q${part}`;
  if (!parsePeriod(kind, result))
    throw new RangeError(`${kind} ${key} shifted by ${n} leaves years 1000–9999`);
  return result;
}

/** A day in Chinese, e.g. 11月26日, with the year when `withYear`. */
function chineseDay(day: string, withYear: boolean): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/** A period as printed on paper and shown on screen, e.g. 2026年第48周(11月23日—11月29日); an invalid key is returned as is. */
export function periodLabel(kind: PeriodKind, key: string): string {
  const range = parsePeriod(kind, key);
  if (!range) return key;
  const year = Number(key.slice(0, 4));
  switch (kind) {
    case 'day':
      return `${chineseDay(key, true)}(星期${WEEKDAY_NAMES[parseDay(key)!.getUTCDay()]})`;
    case 'week': {
      // A week that crosses the new year names the calendar year of the end outside its week-year.
      const ends = [range.first, range.last].map((d) => chineseDay(d, Number(d.slice(0, 4)) !== year));
      return `${year}年第${Number(key.slice(6))}周(${ends[0]}—${ends[1]})`;
    }
    case 'month':
      return `${year}年${Number(key.slice(5))}月`;
    case 'quarter':
      return `${year}年第${key.slice(6)}季度`;
    case 'event':
      return `${chineseDay(range.first, true)} 第${Number(key.slice(11))}件`;
    default:
      return key;
  }
}

/** Every period key of a kind that overlaps the days fromDay…toDay (inclusive), ascending; not for 'event'. */
export function periodsBetween(kind: PeriodKind, fromDay: string, toDay: string): string[] {
  if (kind === 'event') throw new RangeError('events have no calendar of their own');
  const from = periodOfDay(kind, fromDay);
  periodOfDay('day', toDay);
  const keys: string[] = [];
  if (toDay < fromDay) return keys;
  let previousLast = '';
  for (let key = from; ; key = shiftPeriod(kind, key, 1)) {
    const range = parsePeriod(kind, key)!;
    if (range.first <= previousLast) throw new Error(`${kind} ${key} does not follow the period before it`);
    keys.push(key);
    if (range.last >= toDay) return keys;
    previousLast = range.last;
  }
}
