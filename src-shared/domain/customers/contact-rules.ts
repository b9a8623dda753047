import { addDays, DAY_MS, parseDay } from '../deadlines/calendar';

/**
 * 定期联系: when a customer is due for contact. Counted in calendar days; holidays and weekends
 * do not move a due day (the regulation counts days, not working days).
 */

/** The office's contact settings (customers.contactSettings declares and checks them). */
export interface ContactRuleSettings {
  grades: { grade: string; intervalDays: number }[];
  warnDays: number;
  phonesToHeadOffice: boolean;
}

/** What a new office starts with: A every 7 days, B 14, C 30, D 60; warn 3 days ahead. */
export const DEFAULT_CONTACT_SETTINGS: ContactRuleSettings = {
  grades: [
    { grade: 'A', intervalDays: 7 },
    { grade: 'B', intervalDays: 14 },
    { grade: 'C', intervalDays: 30 },
    { grade: 'D', intervalDays: 60 },
  ],
  warnDays: 3,
  phonesToHeadOffice: false,
};

export type ContactState = 'ok' | 'dueSoon' | 'overdue';

/** A grade's interval in days, or null for an ungraded customer or a grade the settings lack. */
export function intervalOf(settings: Pick<ContactRuleSettings, 'grades'>, grade: string): number | null {
  return settings.grades.find((g) => g.grade === grade)?.intervalDays ?? null;
}

/** The day contact is due: the last contact (else the day the customer was filed) plus the interval. */
export function contactDueDay(lastContact: string | null, filedOn: string, intervalDays: number): string {
  return addDays(lastContact ?? filedOn, intervalDays);
}

/** A calendar day as a count of days since 1970-01-01, for arithmetic over many customers at once. */
export function dayNumber(day: string): number {
  const d = parseDay(day);
  if (!d) throw new Error(`invalid day ${day}`);
  return Math.round(d.getTime() / DAY_MS);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The state of a customer whose due day is `daysLeft` days away (negative: past). */
export function stateFor(daysLeft: number, warnDays: number): ContactState {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= warnDays ? 'dueSoon' : 'ok';
}

/** overdue after the due day; dueSoon from `warnDays` before it through the due day itself; else ok. */
export function contactState(today: string, dueDay: string, warnDays: number): ContactState {
  return stateFor(daysFrom(today, dueDay), warnDays);
}
