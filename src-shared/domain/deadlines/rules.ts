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
import {
  DEFAULT_DEADLINES,
  FORM_PERIOD_KINDS,
  isDeadlineFormCode,
  type DeadlineFormCode,
  type DeadlineSettings,
  type Urgency,
  type WeeklyDue,
} from './settings';
import { addWorkingDays } from './working-days';

export {
  DEADLINE_FORM_CODES,
  DEFAULT_DEADLINES,
  FORM_PERIOD_KINDS,
  URGENCIES,
  deadlineSettingsSchema,
  isDeadlineFormCode,
  type DeadlineFormCode,
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

/** The form's period range, or null when the code is unknown or the key is not a period of its kind. */
function periodOf(
  formCode: string,
  periodKey: string,
): { code: DeadlineFormCode; first: string; last: string } | null {
  if (!isDeadlineFormCode(formCode)) return null;
  const range = parsePeriod(FORM_PERIOD_KINDS[formCode], periodKey);
  return range && { code: formCode, ...range };
}

/** The F05 for month M is handed in with the F04 of month M−1, so its deadlines count from M−1. */
function monthsAfterFor(code: DeadlineFormCode): number {
  return code === 'F05' ? 0 : 1;
}

/** The moment a report is due from its author, or null for an unknown form, an invalid key or an F06 without eventAt. */
export function dueAt(input: DueInput, settings: DeadlineSettings = DEFAULT_DEADLINES): Date | null {
  const p = periodOf(input.formCode, input.periodKey);
  if (!p) return null;
  const manager = input.authorRole === 'manager';
  switch (p.code) {
    case 'F01':
      // A manager's own 走访表 goes with the month's forms straight to 销售部.
      return manager
        ? headOfficeDueAt('F01', input.periodKey, settings)
        : weeklyDueAt(p.first, settings.visitWeekly);
    case 'F03':
      return weeklyDueAt(p.first, manager ? settings.managerWeekly : settings.repWeekly);
    case 'F04':
    case 'F05':
      return manager
        ? headOfficeDueAt(p.code, input.periodKey, settings)
        : monthlyDueAt(p.first, monthsAfterFor(p.code), settings.repMonthlyDay);
    case 'F06': {
      if (!input.eventAt || Number.isNaN(input.eventAt.getTime())) return null;
      return new Date(input.eventAt.getTime() + settings.eventHours[input.urgency ?? '一般'] * HOUR_MS);
    }
    case 'F07': {
      const from = input.eventAt ?? officeTime(parseDay(p.first)!, 0);
      if (Number.isNaN(from.getTime())) return null;
      return new Date(from.getTime() + settings.infoHours * HOUR_MS);
    }
    default:
      return headOfficeDueAt(p.code, input.periodKey, settings);
  }
}

/** The moment a report is due at 销售部, or null for F06/F07 (no fixed route), an unknown form or an invalid key. */
export function headOfficeDueAt(
  formCode: string,
  periodKey: string,
  settings: DeadlineSettings = DEFAULT_DEADLINES,
): Date | null {
  const p = periodOf(formCode, periodKey);
  if (!p) return null;
  switch (p.code) {
    case 'F01':
    case 'F02':
    case 'F04':
    case 'F05':
      return monthlyDueAt(p.first, monthsAfterFor(p.code), settings.headOfficeMonthlyDay);
    case 'F03':
      return weeklyDueAt(p.first, settings.managerWeekly);
    case 'F08':
    case 'F09':
      return quarterlyDueAt(p.last, settings);
    default:
      return null;
  }
}

/** The end of the reviewer's last working day to comment on a submitted report, or null when the form has no review limit. */
export function reviewDueAt(
  formCode: string,
  submittedAt: Date,
  settings: DeadlineSettings = DEFAULT_DEADLINES,
): Date | null {
  if (!isDeadlineFormCode(formCode) || Number.isNaN(submittedAt.getTime())) return null;
  const days = settings.reviewWorkingDays[formCode];
  if (days === null || days === undefined) return null;
  return officeTime(parseDay(addWorkingDays(officeDay(submittedAt), days, settings))!, 24);
}

/** Whether a submission meets its due moment; submitting exactly at the due instant is on time. */
export function isOnTime(submittedAt: Date, due: Date): boolean {
  return submittedAt.getTime() <= due.getTime();
}
