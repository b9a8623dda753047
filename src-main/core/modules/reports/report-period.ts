import {
  dueAt,
  reviewDueAt,
  type DeadlineSettings,
  URGENCIES,
  type Urgency,
} from '../../../../src-shared/domain/deadlines/rules';
import { OFFICE_UTC_OFFSET_HOURS } from '../../../../src-shared/domain/deadlines/f01-deadline';
import { type FormCode, getForm, isFormCode } from '../../../../src-shared/domain/forms';
import { parsePeriod, periodLabel } from '../../../../src-shared/domain/periods';
import type { Role } from '../../../../src-shared/domain/roles';
import { ApiError } from '../../../../src-shared/errors';

/** The calendar days a report covers, or a BAD_INPUT error naming the form's period. */
export function periodRange(formCode: FormCode, periodKey: string): { first: string; last: string } {
  const form = getForm(formCode);
  const range = parsePeriod(form.period, periodKey);
  if (!range) {
    const expected = { day: '日期', week: '周次', month: '月份', quarter: '季度', event: '事件编号' }[
      form.period
    ];
    throw new ApiError('BAD_INPUT', `${form.title}的${expected}无效,请重新选择。`, {
      periodKey: `${expected}无效`,
    });
  }
  return range;
}

/** The period as people read it, e.g. 2026年第48周(11月23日—11月29日). */
export function labelOfPeriod(formCode: string, periodKey: string): string {
  if (!isFormCode(formCode)) return periodKey;
  try {
    return periodLabel(getForm(formCode).period, periodKey);
  } catch {
    return periodKey;
  }
}

/** When an event form's event happened, read from its data (office time), as an instant. */
export function eventInstant(formCode: FormCode, data: Record<string, unknown>): Date | null {
  const field = getForm(formCode).eventTime?.field;
  const raw = field ? data[field] : undefined;
  if (typeof raw !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(raw);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return new Date(utc - OFFICE_UTC_OFFSET_HOURS * 3_600_000);
}

function isUrgency(value: unknown): value is Urgency {
  return (URGENCIES as readonly unknown[]).includes(value);
}

/** A report's due moment under the office's settings, as stored (ISO), or null when unknown yet. */
export function dueFor(
  formCode: FormCode,
  periodKey: string,
  authorRole: Role,
  data: Record<string, unknown>,
  settings: DeadlineSettings,
): string | null {
  const eventAt = eventInstant(formCode, data);
  const urgencyField = getForm(formCode).eventTime?.urgencyField;
  const urgency = urgencyField && typeof data[urgencyField] === 'string' ? data[urgencyField] : undefined;
  const due = dueAt(
    {
      formCode,
      periodKey,
      authorRole,
      ...(eventAt ? { eventAt } : {}),
      ...(isUrgency(urgency) ? { urgency } : {}),
    },
    settings,
  );
  return due ? due.toISOString() : null;
}

/** When the manager's comment on a rep's submission is due, if the regulation sets one. */
export function reviewDueFor(
  formCode: string,
  authorRole: Role,
  submittedAt: Date,
  settings: DeadlineSettings,
) {
  if (authorRole !== 'rep') return null;
  return reviewDueAt(formCode, submittedAt, settings)?.toISOString() ?? null;
}
