import type { Kysely, Transaction } from 'kysely';
import type { ReportDetail, ReportSummary } from '../../../../src-shared/contract';
import type { FormCode } from '../../../../src-shared/domain/forms';
import type { ReportAction, ReportStatus } from '../../../../src-shared/domain/report-status';
import type { DB } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { labelOfPeriod } from './report-period';

type Db = Kysely<DB> | Transaction<DB>;

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

/** A one-line description of a report's content for lists. */
export function headline(formCode: string, data: Record<string, unknown>): string {
  if (formCode === 'F01') {
    const visits = Array.isArray(data.visits) ? data.visits.length : 0;
    return `${visits} 次拜访`;
  }
  // Event reports are known by their title or content; other forms by their period alone.
  for (const key of ['subject', 'title', 'customerName', 'content']) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 40);
  }
  return '';
}

export function toSummary(r: ReportRow): ReportSummary {
  const data = JSON.parse(r.data) as Record<string, unknown>;
  return {
    id: r.id,
    formCode: r.form_code as FormCode,
    periodKey: r.period_key,
    author: { id: r.author_id, name: r.author_name },
    status: r.status,
    version: r.version,
    enteredBy: { id: r.entered_by, name: r.enterer_name },
    dueAt: r.due_at,
    submittedAt: r.submitted_at,
    onTime: r.on_time === null ? null : r.on_time === 1,
    reviewComment: r.review_comment,
    updatedAt: r.updated_at,
    headline: headline(r.form_code, data),
    periodLabel: labelOfPeriod(r.form_code, r.period_key),
    reviewDueAt: r.review_due_at,
  };
}

export function toDetail(r: ReportRow): ReportDetail {
  return {
    ...toSummary(r),
    data: JSON.parse(r.data) as Record<string, unknown>,
    prefilled: JSON.parse(r.prefilled) as Record<string, unknown>,
    reviewer: r.reviewer_id !== null ? { id: r.reviewer_id, name: r.reviewer_name ?? '' } : null,
    reviewedAt: r.reviewed_at,
  };
}

export async function loadReport(db: Db, id: number): Promise<ReportRow | undefined> {
  return reportQuery(db).where('reports.id', '=', id).executeTakeFirst();
}

/**
 * Keeps a copy of a report as it stood after a submit, return, approval, decision or sending, and
 * writes the action to the audit log: both in the caller's transaction.
 */
export async function recordVersion(
  trx: Transaction<DB>,
  v: {
    reportId: number;
    version: number;
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
  await trx
    .insertInto('report_versions')
    .values({
      report_id: v.reportId,
      version: v.version,
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
