import { addDays } from './deadlines/calendar';
import type { FormDef } from './forms/form-def';
import { parsePeriod, periodLabel, periodOfDay, periodsBetween, shiftPeriod } from './periods';

/** The periods of every form that belong to one month's bundle. */
export interface MonthScope {
  month: string;
  monthLabel: string;
  first: string;
  last: string;
  /** ISO weeks whose Thursday falls in the month, so each week goes out in exactly one bundle. */
  weeks: string[];
  /** A plan handed in with this month's summary plans the next month. */
  planMonth: string;
  /** The quarter, when the month ends one (its quarterly reports go out with it). */
  quarter: string | null;
}

/** The scope of a month (YYYY-MM), or null when it is not a month. */
export function monthScopeOf(month: string): MonthScope | null {
  const range = parsePeriod('month', month);
  if (!range) return null;
  const weeks = periodsBetween('week', range.first, range.last).filter((w) => {
    const thursday = addDays(parsePeriod('week', w)!.first, 3);
    return thursday >= range.first && thursday <= range.last;
  });
  const endsQuarter = Number(month.slice(5)) % 3 === 0;
  return {
    month,
    monthLabel: periodLabel('month', month),
    first: range.first,
    last: range.last,
    weeks,
    planMonth: shiftPeriod('month', month, 1),
    quarter: endsQuarter ? periodOfDay('quarter', range.first) : null,
  };
}

/**
 * The periods of a form that belong to a month's bundle, as the form declares them: a list of
 * period keys, or every period that starts within the month (days and events).
 */
export function bundlePeriods(form: FormDef, scope: MonthScope): { keys: string[] } | { startingIn: true } {
  switch (form.monthBundle) {
    case 'daysInMonth':
      return { startingIn: true };
    case 'weeksOfMonth':
      return { keys: scope.weeks };
    case 'month':
      return { keys: [scope.month] };
    case 'nextMonth':
      return { keys: [scope.planMonth] };
    case 'quarterEndingInMonth':
      return { keys: scope.quarter ? [scope.quarter] : [] };
  }
}

/** Whether a report of the form for this period belongs to the month's bundle. */
export function belongsToMonth(form: FormDef, periodKey: string, scope: MonthScope): boolean {
  const periods = bundlePeriods(form, scope);
  if ('keys' in periods) return periods.keys.includes(periodKey);
  const range = parsePeriod(form.period, periodKey);
  return range !== null && range.first >= scope.first && range.first <= scope.last;
}
