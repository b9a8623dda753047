import type { Kysely, Transaction } from 'kysely';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import {
  parsePeriod,
  periodLabel,
  periodOfDay,
  periodsBetween,
  shiftPeriod,
} from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import { reportQuery, type ReportRow } from './report-repo';

type Db = Kysely<DB> | Transaction<DB>;

/** The periods of every form that belong to one month's bundle. */
export interface MonthScope {
  month: string;
  monthLabel: string;
  first: string;
  last: string;
  /** ISO weeks whose Thursday falls in the month, so each week goes out in exactly one bundle. */
  weeks: string[];
  /** The 月工作计划 handed in with this month's 月工作总结 is the plan for the next month. */
  planMonth: string;
  /** The quarter, when the month ends one (F08/F09 go out with it). */
  quarter: string | null;
}

/** A month's scope; BAD_INPUT for a month that has not begun in office time. */
export function monthScope(month: string, now: Date): MonthScope {
  const range = parsePeriod('month', month);
  if (!range) throw new ApiError('BAD_INPUT', '月份无效,请重新选择。', { month: '月份无效' });
  if (month > officeDay(now).slice(0, 7)) {
    throw new ApiError('BAD_INPUT', '不能导出尚未开始的月份。', { month: '月份不能晚于本月' });
  }
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

/** Reports with their author's role, which names the file a document is saved under. */
export function monthQuery(db: Db) {
  return reportQuery(db).select('author.role as author_role');
}

export type MonthRow = ReportRow & { author_role: 'manager' | 'rep' | 'clerk' };

/** Every report of any status that belongs to the month's bundle. */
export async function monthReports(db: Db, scope: MonthScope): Promise<MonthRow[]> {
  return monthQuery(db)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('reports.form_code', 'in', ['F01', 'F02', 'F06', 'F07']),
          eb('reports.period_start', '>=', scope.first),
          eb('reports.period_start', '<=', scope.last),
        ]),
        eb.and([
          eb('reports.form_code', '=', 'F03'),
          eb('reports.period_key', 'in', scope.weeks.length ? scope.weeks : ['']),
        ]),
        eb.and([eb('reports.form_code', '=', 'F04'), eb('reports.period_key', '=', scope.month)]),
        eb.and([eb('reports.form_code', '=', 'F05'), eb('reports.period_key', '=', scope.planMonth)]),
        eb.and([
          eb('reports.form_code', 'in', ['F08', 'F09']),
          eb('reports.period_key', '=', scope.quarter ?? ''),
        ]),
      ]),
    )
    .orderBy('reports.form_code')
    .orderBy('reports.period_key')
    .orderBy('author.display_name')
    .orderBy('reports.id')
    .execute();
}

/** Reports that go out: approved by the manager, or already sent in an earlier revision. */
export function isIncluded(r: { status: string }): boolean {
  return r.status === 'approved' || r.status === 'sent';
}
