import type { ReportDetail, ReportRecord, ReportSummary } from '../../../../src-shared/contract';
import { type FormCode, getForm } from '../../../../src-shared/domain/forms';
import type { ReportAction, ReportStatus } from '../../../../src-shared/domain/report-status';
import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { flagOf } from '../../platform/db-values';
import { labelOfPeriod } from './report-period';

/** Reports joined with the names of the people they mention. */
export function reportQuery(db: Db) {
  return db
    .selectFrom('reports')
    .innerJoin('users as author', 'author.id', 'reports.author_id')
    .innerJoin('users as enterer', 'enterer.id', 'reports.entered_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'reports.reviewer_id')
    .selectAll('reports')
    .select([
      'author.display_name as author_name',
      'enterer.display_name as enterer_name',
      'reviewer.display_name as reviewer_name',
    ]);
}

export type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;

/** Fields whose text names a report in lists, for forms that declare no headline of their own. */
const DEFAULT_HEADLINE = ['subject', 'title', 'customerName', 'content'] as const;

/** A one-line description of a report's content for lists, as its form declares it. */
export function headline(formCode: FormCode, data: Record<string, unknown>): string {
  const rule = getForm(formCode).headline ?? { firstOf: DEFAULT_HEADLINE };
  if ('countRows' in rule) {
    const rows = data[rule.countRows];
    return `${Array.isArray(rows) ? rows.length : 0}${rule.suffix}`;
  }
  for (const key of rule.firstOf) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 40);
  }
  return '';
}

/** The stored content of a report. */
export function dataOf(r: { data: string }): Record<string, unknown> {
  return JSON.parse(r.data) as Record<string, unknown>;
}

/** A stored report as the record the API, the bundle and head office share. */
export function recordOf(r: ReportRow, data = dataOf(r)): ReportRecord {
  return {
    id: r.id,
    formCode: r.form_code,
    periodKey: r.period_key,
    periodLabel: labelOfPeriod(r.form_code, r.period_key),
    author: { id: r.author_id, name: r.author_name },
    enteredBy: { id: r.entered_by, name: r.enterer_name },
    status: r.status,
    version: r.version,
    data,
    dueAt: r.due_at,
    submittedAt: r.submitted_at,
    onTime: flagOf(r.on_time),
    reviewer: r.reviewer_id !== null ? { id: r.reviewer_id, name: r.reviewer_name ?? '' } : null,
    reviewedAt: r.reviewed_at,
    reviewComment: r.review_comment,
  };
}

/** A report in lists: its record without the content, which a list never parses. */
export function toSummary(r: ReportRow): ReportSummary {
  const { data: _data, ...record } = recordOf(r, {});
  return { ...record, updatedAt: r.updated_at, headline: r.headline, reviewDueAt: r.review_due_at };
}

export function toDetail(r: ReportRow): ReportDetail {
  const data = dataOf(r);
  return { ...toSummary(r), data, prefilled: JSON.parse(r.prefilled) as Record<string, unknown> };
}

export async function loadReport(db: Db, id: number): Promise<ReportRow | undefined> {
  return reportQuery(db).where('reports.id', '=', id).executeTakeFirst();
}

/**
 * Keeps a copy of a report as it stood after a submit, return, approval, decision or sending, and
 * writes the action to the audit log: both in the caller's transaction. Versions are numbered by
 * these events (1, 2, 3…), not by the report's edit counter, which every autosave raises.
 */
export async function recordVersion(
  trx: Db,
  v: {
    reportId: number;
    action: ReportAction;
    status: ReportStatus;
    data: string;
    comment: string | null;
    actorId: number;
    at: string;
    /** What the audit entry adds to the version (on time, the decision's values, the month). */
    auditDetail?: Record<string, unknown>;
  },
): Promise<void> {
  const last = await trx
    .selectFrom('report_versions')
    .select((eb) => eb.fn.max('version').as('n'))
    .where('report_id', '=', v.reportId)
    .executeTakeFirst();
  await trx
    .insertInto('report_versions')
    .values({
      report_id: v.reportId,
      version: (last?.n ?? 0) + 1,
      action: v.action,
      status: v.status,
      data: v.data,
      comment: v.comment,
      actor_id: v.actorId,
      at: v.at,
    })
    .execute();
  await writeAudit(trx, {
    actorId: v.actorId,
    action: v.action,
    entity: 'report',
    entityId: v.reportId,
    at: v.at,
    ...(v.auditDetail ? { detail: v.auditDetail } : {}),
  });
}
