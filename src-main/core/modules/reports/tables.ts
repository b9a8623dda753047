import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { FormCode } from '../../../../src-shared/domain/forms';
import type { ReportAction, ReportStatus } from '../../../../src-shared/domain/report-status';
import type { Timestamp } from '../../db/database';
import type { FlagColumn } from '../../platform/db-values';

/**
 * One report: its content as validated JSON, and beside it the columns other screens query
 * (period range, deadlines, on-time flag, review state), written in the same statement.
 */
export interface ReportTable {
  id: Generated<number>;
  form_code: FormCode;
  author_id: number;
  period_key: string;
  status: ReportStatus;
  data: string;
  version: number;
  entered_by: number;
  due_at: Timestamp | null;
  submitted_at: Timestamp | null;
  /** 1 on time, 0 late, null not yet handed in (platform/db-values: flagOf, flagColumn). */
  on_time: FlagColumn;
  reviewer_id: number | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
  period_start: string | null;
  period_end: string | null;
  event_at: Timestamp | null;
  review_due_at: Timestamp | null;
  /** The report's line in lists (its form's headline), written with its content. */
  headline: ColumnType<string, string | undefined, string>;
  /** When the manager answered a report that asks for a decision (批复); null while it waits. */
  decided_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
  prefilled: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: number;
  updated_by: number;
}

/** A report as it stood after each submit, return, approval, decision or sending. */
export interface ReportVersionTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  action: ReportAction;
  status: ReportStatus;
  data: string;
  comment: string | null;
  actor_id: number;
  at: Timestamp;
}

declare module '../../db/database' {
  interface DB {
    reports: ReportTable;
    report_versions: ReportVersionTable;
  }
}

export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type ReportUpdate = Updateable<ReportTable>;
export type ReportVersion = Selectable<ReportVersionTable>;
