import type { BundleGap, BundleGapState } from '../../../../src-shared/bundle/bundle-data';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { type DeadlineSettings, isWorkingDayWith } from '../../../../src-shared/domain/deadlines/rules';
import { calendarForms, type FormCode, getForm } from '../../../../src-shared/domain/forms';
import { parsePeriod } from '../../../../src-shared/domain/periods';
import { type DueSpan, isOwedWithin } from '../../../../src-shared/domain/deadlines/due-span';
import type { Role } from '../../../../src-shared/domain/roles';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { dueFor, labelOfPeriod } from './report-period';
import { bundlePeriods, type MonthScope } from '../../../../src-shared/domain/month-scope';
import type { MonthRow } from './month-scope';

export interface Expectant {
  id: number;
  name: string;
  role: Role;
  /** The days the person owes reports (the office's start, joining, leaving). */
  span: DueSpan;
}

/**
 * Reports the regulation expects in a month, by form: the period keys of the month's bundle that
 * have begun (working days up to today for a daily form).
 */
function expectedPeriods(scope: MonthScope, settings: DeadlineSettings, today: string) {
  const expected: [FormCode, string[]][] = [];
  for (const code of calendarForms()) {
    const form = getForm(code);
    const periods = bundlePeriods(form, scope);
    if ('keys' in periods) {
      // The next month's plan is due with this month's summary even before that month begins.
      const begun = form.plansAhead
        ? periods.keys
        : periods.keys.filter((k) => parsePeriod(form.period, k)!.first <= today);
      expected.push([code, begun]);
    } else if (form.period === 'day') {
      const days: string[] = [];
      const lastDay = scope.last < today ? scope.last : today;
      for (let d = scope.first; d <= lastDay; d = addDays(d, 1)) {
        if (isWorkingDayWith(d, settings)) days.push(d);
      }
      expected.push([code, days]);
    }
  }
  return expected;
}

function deadline(due: string | null, now: Date): string {
  if (!due) return '';
  return Date.parse(due) < now.getTime()
    ? `,已逾期(应于 ${formatDateTime(due)} 前提交)`
    : `,应于 ${formatDateTime(due)} 前提交`;
}

/** The gap a report stands for, or null when it goes out on time. */
function gapOfReport(r: MonthRow, now: Date): { state: BundleGapState; note: string } | null {
  const late = r.on_time === 0;
  switch (r.status) {
    case 'draft':
      return { state: 'missing', note: `草稿未提交${deadline(r.due_at, now)}` };
    case 'returned':
      return { state: 'missing', note: `已退回,尚未重新提交${deadline(r.due_at, now)}` };
    case 'submitted':
      return { state: 'notApproved', note: `已提交,待区域经理审核${late ? ';提交时已逾期' : ''}` };
    default:
      if (!late) return null;
      return {
        state: 'late',
        note: `逾期提交:应于 ${formatDateTime(r.due_at!)} 前,实际 ${formatDateTime(r.submitted_at!)} 提交`,
      };
  }
}

const ORDER: Record<BundleGapState, number> = { missing: 0, notApproved: 1, late: 2 };

/**
 * What the month's bundle lacks: expected reports nobody wrote, drafts and returned reports,
 * reports still waiting for approval, and reports that go out but were handed in late. Due moments
 * are the author's, as on the board.
 */
export function monthGaps(
  scope: MonthScope,
  rows: MonthRow[],
  people: Expectant[],
  settings: DeadlineSettings,
  now: Date,
): BundleGap[] {
  const gaps: BundleGap[] = [];
  for (const r of rows) {
    const gap = gapOfReport(r, now);
    if (!gap) continue;
    gaps.push({
      formCode: r.form_code,
      authorId: r.author_id,
      authorName: r.author_name,
      periodKey: r.period_key,
      periodLabel: labelOfPeriod(r.form_code, r.period_key),
      ...gap,
      reportId: r.id,
      dueAt: r.due_at,
    });
  }
  const filed = new Set(rows.map((r) => `${r.form_code}|${r.author_id}|${r.period_key}`));
  const today = officeDay(now);
  for (const [code, keys] of expectedPeriods(scope, settings, today)) {
    for (const p of people) {
      if (!getForm(code).expectedFrom?.includes(p.role)) continue;
      for (const key of keys) {
        if (filed.has(`${code}|${p.id}|${key}`)) continue;
        const due = dueFor(code, key, p.role, {}, settings);
        if (!isOwedWithin(p.span, parsePeriod(getForm(code).period, key)!, due)) continue;
        gaps.push({
          formCode: code,
          authorId: p.id,
          authorName: p.name,
          periodKey: key,
          periodLabel: labelOfPeriod(code, key),
          state: 'missing',
          note: `未填写${deadline(due, now)}`,
          reportId: null,
          dueAt: due,
        });
      }
    }
  }
  return gaps.sort(
    (a, b) =>
      ORDER[a.state] - ORDER[b.state] ||
      a.formCode.localeCompare(b.formCode) ||
      a.authorName.localeCompare(b.authorName, 'zh-CN') ||
      a.periodKey.localeCompare(b.periodKey),
  );
}
