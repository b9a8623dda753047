import type { ContactAlert } from '../../../src-shared/contract';
import { addDays } from '../../../src-shared/domain/deadlines/calendar';
import type { TableDef } from '../../../src-shared/domain/forms';
import { parsePeriod, shiftPeriod } from '../../../src-shared/domain/periods';
import type { Row } from './form-table-ops';

/** How a reminder reads in a plan: 已逾期 3 天, 今天到期, 2 天后到期. */
export function dueWords(a: Pick<ContactAlert, 'daysLeft'>): string {
  if (a.daysLeft < 0) return `已逾期 ${-a.daysLeft} 天`;
  return a.daysLeft === 0 ? '今天到期' : `${a.daysLeft} 天后到期`;
}

/** The reminders not yet in the plan: a customer's name already written there is not offered again. */
export function notYetPlanned(alerts: readonly ContactAlert[], planned: string): ContactAlert[] {
  return alerts.filter((a) => !planned.includes(a.name));
}

/** The working days (Monday to Friday) of the week after a weekly report's week. */
export function nextWeekDays(weekKey: string): string[] {
  const range = parsePeriod('week', shiftPeriod('week', weekKey, 1));
  return range ? [0, 1, 2, 3, 4].map((n) => addDays(range.first, n)) : [];
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * 下周计划 with the chosen customers appended, one row each: the day with the fewest visits planned
 * so far (earliest first), the customer as 区域/客户, and the reminder as 工作内容. Rows left
 * entirely empty (a new plan's first row) give way to them.
 */
export function appendPlanRows(
  table: TableDef,
  rows: readonly Row[],
  chosen: readonly ContactAlert[],
  days: readonly string[],
  emptyRow: () => Row,
): Row[] {
  const kept = rows.filter((r) => table.columns.some((c) => !isBlank(r[c.key])));
  const load = new Map(days.map((d) => [d, kept.filter((r) => r.day === d).length]));
  const added = chosen.map((a) => {
    let day = days[0] ?? '';
    for (const d of days) if ((load.get(d) ?? 0) < (load.get(day) ?? 0)) day = d;
    load.set(day, (load.get(day) ?? 0) + 1);
    return {
      ...emptyRow(),
      day,
      place: a.name,
      work: `客户拜访(${a.grade}级,${dueWords(a)})`,
    };
  });
  return [...kept, ...added].slice(0, table.maxRows);
}

/** A plan's text with a line per chosen customer appended (F05 重点客户开发计划). */
export function appendPlanLines(text: string, chosen: readonly ContactAlert[]): string {
  const lines = chosen.map(
    (a) => `${a.name}(${a.grade}级,${dueWords(a)},最近联系 ${a.lastContact ?? '无'}):安排拜访,恢复定期联系。`,
  );
  const base = text.trimEnd();
  return [base, ...lines].filter(Boolean).join('\n');
}
