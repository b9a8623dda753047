import { parsePeriod } from '../periods';
import {
  DAY_MS,
  HOUR_MS,
  daysInMonth,
  isoWeekday,
  officeDay,
  officeTime,
  parseDay,
  utcDay,
} from './calendar';
import { type DueRule, type FormDef, getForm, isFormCode } from '../forms';
import { DEFAULT_DEADLINES, type DeadlineSettings, type Urgency, type WeeklyDue } from './settings';
import { addWorkingDays } from './working-days';

export {
  DEFAULT_DEADLINES,
  URGENCIES,
  deadlineSettingsSchema,
  type DeadlineSettings,
  type Urgency,
  type WeeklyDue,
} from './settings';
export { addWorkingDays, isWorkingDayWith, workingDaysBetween } from './working-days';

/** Who wrote a report; a clerk enters on behalf of a rep, so a clerk's entry keeps the rep's deadline. */
export type AuthorRole = 'rep' | 'manager' | 'clerk';

/** What decides a report's due moment. */
export interface DueInput {
  formCode: string;
  periodKey: string;
  authorRole: AuthorRole;
  /** When the event happened (F06 发生时间, required) or the information was obtained (F07, optional). */
  eventAt?: Date;
  /** F06 紧急程度; 一般 when absent. */
  urgency?: Urgency;
}

/** The instant a weekly rule falls due for the ISO week that contains `firstDay`. */
function weeklyDueAt(firstDay: string, rule: WeeklyDue): Date {
  const d = parseDay(firstDay)!;
  const monday = d.getTime() - (isoWeekday(d) - 1) * DAY_MS;
  const dueDay = new Date(monday + (rule.weeksAfter * 7 + rule.weekday - 1) * DAY_MS);
  return officeTime(dueDay, rule.hour);
}

/**
 * The end (24:00 office time) of day `dayOfMonth` of the month `monthsAfter` months after the month
 * of `firstDay`; a day past the month's end means its last day (31 → 30 April, 28/29 February).
 */
function monthlyDueAt(firstDay: string, monthsAfter: number, dayOfMonth: number): Date {
  const index = Number(firstDay.slice(0, 4)) * 12 + Number(firstDay.slice(5, 7)) - 1 + monthsAfter;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return officeTime(utcDay(year, month, Math.min(dayOfMonth, daysInMonth(year, month))), 24);
}

/** The end of the day `quarterlyDays` days after the quarter's last day. */
function quarterlyDueAt(lastDay: string, settings: DeadlineSettings): Date {
  return officeTime(new Date(parseDay(lastDay)!.getTime() + settings.quarterlyDays * DAY_MS), 24);
}

/** The form and its period range, or null when the code is unknown or the key is not a period of its kind. */
function periodOf(
  formCode: string,
  periodKey: string,
): { form: FormDef; first: string; last: string } | null {
  if (!isFormCode(formCode)) return null;
  const form = getForm(formCode);
  const range = parsePeriod(form.period, periodKey);
  return range && { form, ...range };
}

type Period = NonNullable<ReturnType<typeof periodOf>>;

/** The moment a declared rule falls due for a period; null when it needs an event time that is missing. */
function ruleDueAt(rule: DueRule, p: Period, input: DueInput, settings: DeadlineSettings): Date | null {
  switch (rule.kind) {
    case 'weekly':
      return weeklyDueAt(p.first, settings[rule.setting]);
    case 'monthly':
      return monthlyDueAt(p.first, rule.monthsAfter, settings[rule.day]);
    case 'quarterly':
      return quarterlyDueAt(p.last, settings);
    case 'headOffice':
      return p.form.deadline.headOffice ? ruleDueAt(p.form.deadline.headOffice, p, input, settings) : null;
    case 'afterEvent': {
      const hours =
        rule.hours === 'infoHours' ? settings.infoHours : settings.eventHours[input.urgency ?? '一般'];
      const from =
        input.eventAt ??
        (p.form.eventTime?.required === false ? officeTime(parseDay(p.first)!, 0) : undefined);
      if (!from || Number.isNaN(from.getTime())) return null;
      return new Date(from.getTime() + hours * HOUR_MS);
    }
  }
}

/** The moment a report is due from its author, or null for an unknown form, an invalid key or an event without its time. */
export function dueAt(input: DueInput, settings: DeadlineSettings = DEFAULT_DEADLINES): Date | null {
  const p = periodOf(input.formCode, input.periodKey);
  if (!p) return null;
  const route = p.form.deadline;
  // A clerk enters on behalf of a rep, so the rep's rule applies.
  const rule = input.authorRole === 'manager' ? route.manager : (route.rep ?? route.manager);
  return ruleDueAt(rule, p, input, settings);
}

/** The moment a report is due at 销售部, or null for a form without a fixed route there (events), an unknown form or an invalid key. */
export function headOfficeDueAt(
  formCode: string,
  periodKey: string,
  settings: DeadlineSettings = DEFAULT_DEADLINES,
): Date | null {
  const p = periodOf(formCode, periodKey);
  if (!p?.form.deadline.headOffice) return null;
  return ruleDueAt(p.form.deadline.headOffice, p, { formCode, periodKey, authorRole: 'manager' }, settings);
}

/** The end of the reviewer's last working day to comment on a submitted report, or null when the form has no review limit. */
export function reviewDueAt(
  formCode: string,
  submittedAt: Date,
  settings: DeadlineSettings = DEFAULT_DEADLINES,
): Date | null {
  if (!isFormCode(formCode) || Number.isNaN(submittedAt.getTime())) return null;
  const days = settings.reviewWorkingDays[formCode];
  if (days === null || days === undefined) return null;
  return officeTime(parseDay(addWorkingDays(officeDay(submittedAt), days, settings))!, 24);
}

/** Whether a submission meets its due moment; submitting exactly at the due instant is on time. */
export function isOnTime(submittedAt: Date, due: Date): boolean {
  return submittedAt.getTime() <= due.getTime();
}

// The forms name deadline settings by key; these must stay keys of the right kind.
const _weekly: Record<import('../forms').WeeklyDueSetting, WeeklyDue> = DEFAULT_DEADLINES;
const _monthly: Record<import('../forms').MonthlyDueSetting, number> = DEFAULT_DEADLINES;
