import { dueAt, reviewDueAt, type DeadlineSettings } from '../../../../src-shared/domain/deadlines/rules';
import { OFFICE_UTC_OFFSET_HOURS } from '../../../../src-shared/domain/deadlines/f01-deadline';
import { type FormCode, getForm } from '../../../../src-shared/domain/forms';
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
  try {
    return periodLabel(getForm(formCode as FormCode).period, periodKey);
  } catch {
    return periodKey;
  }
}

/** When an event form's event happened, read from its data (office time), as an instant. */
export function eventInstant(formCode: string, data: Record<string, unknown>): Date | null {
  const raw = formCode === 'F06' ? data.occurredAt : formCode === 'F07' ? data.obtainedOn : undefined;
  if (typeof raw !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(raw);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return new Date(utc - OFFICE_UTC_OFFSET_HOURS * 3_600_000);
}

/** A report's due moment under the office's settings, as stored (ISO), or null when unknown yet. */
export function dueFor(
  formCode: string,
  periodKey: string,
  authorRole: Role,
  data: Record<string, unknown>,
  settings: DeadlineSettings,
): string | null {
  const eventAt = eventInstant(formCode, data);
  const urgency = typeof data.urgency === 'string' ? data.urgency : undefined;
  const due = dueAt(
    {
      formCode,
      periodKey,
      authorRole,
      ...(eventAt ? { eventAt } : {}),
      ...(urgency === '一般' || urgency === '紧急' || urgency === '特急' ? { urgency } : {}),
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
