import { DAY_MS, isoWeekday, officeMidnight, parseDay } from './calendar';

export { OFFICE_UTC_OFFSET_HOURS, addDays, officeDay, officeMidnight, parseDay } from './calendar';

/**
 * A rep's 走访表 for a day is due at the end of that ISO week (Sunday 24:00, office time):
 * the regulation has the week's forms handed to the office at the weekend.
 */
export function visitFormDue(day: string): Date | null {
  const d = parseDay(day);
  if (!d) return null;
  const nextMonday = new Date(d.getTime() + (8 - isoWeekday(d)) * DAY_MS);
  return officeMidnight(nextMonday);
}

/** Whether a day is Monday to Friday; holidays and 调休 are in `isWorkingDayWith` (working-days.ts). */
export function isWorkingDay(day: string): boolean {
  const d = parseDay(day);
  if (!d) return false;
  const wd = d.getUTCDay();
  return wd >= 1 && wd <= 5;
}
