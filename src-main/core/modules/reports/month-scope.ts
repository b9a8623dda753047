import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { FORM_CODES, getForm } from '../../../../src-shared/domain/forms';
import { bundlePeriods, type MonthScope, monthScopeOf } from '../../../../src-shared/domain/month-scope';
import type { Role } from '../../../../src-shared/domain/roles';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { reportQuery, type ReportRow } from './report-repo';

export type { MonthScope } from '../../../../src-shared/domain/month-scope';

/** A month's scope; BAD_INPUT for a month that is not one or has not begun in office time. */
export function monthScope(month: string, now: Date): MonthScope {
  const scope = monthScopeOf(month);
  if (!scope) throw new ApiError('BAD_INPUT', '月份无效,请重新选择。', { month: '月份无效' });
  if (month > officeDay(now).slice(0, 7)) {
    throw new ApiError('BAD_INPUT', '不能导出尚未开始的月份。', { month: '月份不能晚于本月' });
  }
  return scope;
}

/** Reports with their author's role, which names the file a document is saved under. */
export function monthQuery(db: Db) {
  return reportQuery(db).select('author.role as author_role');
}

export type MonthRow = ReportRow & { author_role: Role };

/** Every report of any status that belongs to the month's bundle. */
export async function monthReports(db: Db, scope: MonthScope): Promise<MonthRow[]> {
  return monthQuery(db)
    .where((eb) =>
      eb.or(
        FORM_CODES.map((code) => {
          const periods = bundlePeriods(getForm(code), scope);
          return eb.and([
            eb('reports.form_code', '=', code),
            'keys' in periods
              ? eb('reports.period_key', 'in', periods.keys.length ? periods.keys : [''])
              : eb.and([
                  eb('reports.period_start', '>=', scope.first),
                  eb('reports.period_start', '<=', scope.last),
                ]),
          ]);
        }),
      ),
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
