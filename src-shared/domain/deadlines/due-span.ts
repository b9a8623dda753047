import { officeDay } from './calendar';

/**
 * The office days on which a person owes reports (inclusive): from the later of the office's start
 * and the day they joined, to the day they left (null while they stay).
 */
export interface DueSpan {
  from: string;
  to: string | null;
}

/** The span of someone the region has no record of: owing whatever the forms expect. */
export const UNBOUNDED_SPAN: DueSpan = { from: '0000-01-01', to: null };

/**
 * Whether a report for a period is owed by someone working within `span`: the period reaches into
 * the span, and its deadline did not pass before the span began (a plan for a month the office
 * had not started, a week's report due before the person joined).
 */
export function isOwedWithin(
  span: DueSpan,
  period: { first: string; last: string },
  dueAt: string | null,
): boolean {
  if (period.last < span.from) return false;
  if (span.to !== null && period.first > span.to) return false;
  // A due moment of 24:00 is the end of the day before: that day is the last to hand it in.
  if (dueAt !== null && officeDay(new Date(Date.parse(dueAt) - 1)) < span.from) return false;
  return true;
}
