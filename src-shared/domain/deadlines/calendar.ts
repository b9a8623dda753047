/**
 * Calendar days and office time. A calendar day is written YYYY-MM-DD and held as the Date of its
 * UTC midnight. Due moments are instants in the office's local time: China keeps one offset all
 * year (UTC+8, no daylight saving), so a fixed offset is exact and keeps this module pure.
 */
export const OFFICE_UTC_OFFSET_HOURS = 8;

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/** Parses YYYY-MM-DD as a calendar day (UTC midnight), or null when it is not a real date. */
export function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === day ? d : null;
}

/** The UTC midnight of year-month-day (month 1–12), correct for every four-digit year. */
export function utcDay(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/** Writes a calendar day (a UTC midnight) as YYYY-MM-DD. */
export function formatDay(dayUtc: Date): string {
  return dayUtc.toISOString().slice(0, 10);
}

/** The office-local midnight that starts a calendar day, as an instant. */
export function officeMidnight(dayUtc: Date): Date {
  return new Date(dayUtc.getTime() - OFFICE_UTC_OFFSET_HOURS * HOUR_MS);
}

/** The instant of `hour`:00 office time on a calendar day; hour 24 is the end of the day. */
export function officeTime(dayUtc: Date, hour: number): Date {
  return new Date(officeMidnight(dayUtc).getTime() + hour * HOUR_MS);
}

/** The office-local calendar day (YYYY-MM-DD) of an instant. */
export function officeDay(instant: Date): string {
  return new Date(instant.getTime() + OFFICE_UTC_OFFSET_HOURS * HOUR_MS).toISOString().slice(0, 10);
}

/** The calendar day `n` days after `day` (negative goes back). */
export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  if (!d) throw new Error(`invalid day ${day}`);
  return formatDay(new Date(d.getTime() + n * DAY_MS));
}

/** The ISO weekday of a calendar day: Monday 1 … Sunday 7. */
export function isoWeekday(dayUtc: Date): number {
  return ((dayUtc.getUTCDay() + 6) % 7) + 1;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a year of the Gregorian calendar has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
