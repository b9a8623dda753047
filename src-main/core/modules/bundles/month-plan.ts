import type { Kysely } from 'kysely';
import {
  BUNDLE_DATA_PATH,
  type BundleFileEntry,
  type BundleGap,
} from '../../../../src-shared/bundle/bundle-data';
import { type DeadlineSettings, headOfficeDueAt } from '../../../../src-shared/domain/deadlines/rules';
import { FORM_CODES, getForm } from '../../../../src-shared/domain/forms';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import type { Office } from '../office';
import { loadOffice } from '../office';
import { UNBOUNDED_SPAN } from '../../../../src-shared/domain/deadlines/due-span';
import { dueSpans, spanMeets } from '../people';
import { loadDeadlines } from '../settings';
import { documentEntry, type PlannedDocument, planDocuments } from './bundle-documents';
import { nextRevision } from './export-repo';
import { SUMMARY_PATH } from './bundle-pack';
import { type Expectant, monthGaps } from '../reports';
import { isIncluded, type MonthRow, monthReports, type MonthScope, monthScope } from '../reports';

export { SUMMARY_PATH } from './bundle-pack';

/** Everything decided about a month's bundle before any document is rendered. */
export interface MonthPlan {
  office: Office;
  scope: MonthScope;
  settings: DeadlineSettings;
  revision: number;
  /** When the month's forms are due at 销售部 (the 5th of the next month by default). */
  headOfficeDueAt: string | null;
  included: MonthRow[];
  gaps: BundleGap[];
  documents: PlannedDocument[];
}

/**
 * When a month's bundle is due at 销售部: the head-office deadline of the forms that report on the
 * month itself (月工作总结: the 5th of the next month by default).
 */
function monthDueAtHeadOffice(month: string, settings: DeadlineSettings): string | null {
  const code = FORM_CODES.find((c) => getForm(c).monthBundle === 'month' && getForm(c).deadline.headOffice);
  return code ? (headOfficeDueAt(code, month, settings)?.toISOString() ?? null) : null;
}

/** Reads the month's reports and decides what goes out, what is missing and which revision this is. */
export async function planMonth(db: Kysely<DB>, month: string, now: Date): Promise<MonthPlan> {
  const scope = monthScope(month, now);
  const office = await loadOffice(db);
  if (!office) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
  const settings = await loadDeadlines(db);
  const rows = await monthReports(db, scope);
  // Who owed reports in the month: everyone active, and those who left during it.
  const spans = await dueSpans(db);
  const people: Expectant[] = (
    await db
      .selectFrom('users')
      .select(['id', 'display_name', 'role', 'active'])
      .where('role', 'in', ['rep', 'manager'])
      .orderBy('id')
      .execute()
  )
    .filter((u) => u.active === 1 || spanMeets(spans.get(u.id), scope.first, scope.last))
    .map((u) => ({ id: u.id, name: u.display_name, role: u.role, span: spans.get(u.id) ?? UNBOUNDED_SPAN }));
  const included = rows.filter(isIncluded);
  return {
    office,
    scope,
    settings,
    revision: await nextRevision(db, month),
    headOfficeDueAt: monthDueAtHeadOffice(month, settings),
    included,
    gaps: monthGaps(scope, rows, people, settings, now),
    documents: planDocuments(included, scope),
  };
}

/** Every file of the bundle as the bundle's data file lists it, manifest aside. */
export function plannedFiles(plan: MonthPlan): BundleFileEntry[] {
  const all = plan.included.map((r) => r.id);
  return [
    ...plan.documents.map(documentEntry),
    {
      kind: 'data',
      path: BUNDLE_DATA_PATH,
      title: `${plan.scope.monthLabel}报表数据`,
      formCode: null,
      reportIds: all,
    },
    {
      kind: 'summary',
      path: SUMMARY_PATH,
      title: `${plan.scope.monthLabel}报送汇总表`,
      formCode: null,
      reportIds: all,
    },
  ];
}
