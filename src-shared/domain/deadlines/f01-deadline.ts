/**
 * Due moments are computed in the office's local time. China keeps one offset all year
 * (UTC+8, no daylight saving), so a fixed offset is exact and keeps this module pure.
 */
export const OFFICE_UTC_OFFSET_HOURS = 8;

const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD as a calendar day (UTC midnight), or null when it is not a real date. */
export function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === day ? d : null;
}

/** The office-local midnight that starts a calendar day, as an instant. */
export function officeMidnight(dayUtc: Date): Date {
  return new Date(dayUtc.getTime() - OFFICE_UTC_OFFSET_HOURS * 3_600_000);
}

/** The office-local calendar day (YYYY-MM-DD) of an instant. */
export function officeDay(instant: Date): string {
  return new Date(instant.getTime() + OFFICE_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A rep's 走访表 for a day is due at the end of that ISO week (Sunday 24:00, office time):
 * the regulation has the week's forms handed to the office at the weekend.
 */
export function visitFormDue(day: string): Date | null {
  const d = parseDay(day);
  if (!d) return null;
  const isoWeekday = ((d.getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
  const nextMonday = new Date(d.getTime() + (8 - isoWeekday) * DAY_MS);
  return officeMidnight(nextMonday);
}

/** Whether a day is a working day (Monday to Friday); public holidays are a later setting. */
export function isWorkingDay(day: string): boolean {
  const d = parseDay(day);
  if (!d) return false;
  const wd = d.getUTCDay();
  return wd >= 1 && wd <= 5;
}

/** The calendar day `n` days after `day` (negative goes back). */
export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  if (!d) throw new Error(`invalid day ${day}`);
  return new Date(d.getTime() + n * DAY_MS).toISOString().slice(0, 10);
}
