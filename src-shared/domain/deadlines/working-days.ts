import { DAY_MS, formatDay, parseDay } from './calendar';
import type { DeadlineSettings } from './settings';

type WorkCalendar = Pick<DeadlineSettings, 'holidays' | 'makeUpWorkdays'>;

/** A day test bound to one settings object, so long walks build the holiday sets once. */
function workingDayTest(settings: WorkCalendar): (d: Date) => boolean {
  const holidays = new Set(settings.holidays);
  const makeUp = new Set(settings.makeUpWorkdays);
  return (d) => {
    const day = formatDay(d);
    if (holidays.has(day)) return false;
    if (makeUp.has(day)) return true;
    const wd = d.getUTCDay();
    return wd >= 1 && wd <= 5;
  };
}

function parseOrThrow(day: string): Date {
  const d = parseDay(day);
  if (!d) throw new RangeError(`invalid day ${day}`);
  return d;
}

/** Whether a day is a working day: Monday to Friday, less holidays, plus 调休 days (a holiday wins a clash). */
export function isWorkingDayWith(day: string, settings: WorkCalendar): boolean {
  const d = parseDay(day);
  return d !== null && workingDayTest(settings)(d);
}

/** The n-th working day after `day` (n < 0: before it; n = 0: the day itself). */
export function addWorkingDays(day: string, n: number, settings: WorkCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
  const isWorking = workingDayTest(settings);
  const step = n < 0 ? -DAY_MS : DAY_MS;
  let t = parseOrThrow(day).getTime();
  for (let left = Math.abs(n); left > 0;) {
    t += step;
    if (isWorking(new Date(t))) left -= 1;
  }
  return formatDay(new Date(t));
}

/** Working days in (fromDay, toDay]; when toDay is earlier, minus those in [toDay, fromDay) — the inverse of addWorkingDays. */
export function workingDaysBetween(fromDay: string, toDay: string, settings: WorkCalendar): number {
  const from = parseOrThrow(fromDay).getTime();
  const to = parseOrThrow(toDay).getTime();
  const isWorking = workingDayTest(settings);
  let count = 0;
  if (to >= from) {
    for (let t = from + DAY_MS; t <= to; t += DAY_MS) if (isWorking(new Date(t))) count += 1;
    return count;
  }
  for (let t = to; t < from; t += DAY_MS) if (isWorking(new Date(t))) count -= 1;
  return count;
}
