import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/database';

/** A deduction from a rep's bonus of a month: a manual one with its reason (channel fines later). */
export interface BonusDeductionTable {
  id: Generated<number>;
  user_id: number;
  /** YYYY-MM */
  month: string;
  amount: number;
  reason: string;
  /** 'manual' now; channel control's fines will write their own kind. */
  kind: string;
  created_at: Timestamp;
  created_by: number;
}

/**
 * A rep's approved bonus statement of a month, locked: its lines and total as approved. A later
 * change to the month never rewrites it; the next month's statement carries an adjustment line.
 */
export interface BonusStatementTable {
  user_id: number;
  month: string;
  total: number;
  /** JSON array of { label, amount, basis }. */
  lines: string;
  /** JSON of the KPI row the statement was approved on (BonusFigures); null before 014. */
  figures: string | null;
  approved_by: number;
  approved_at: Timestamp;
}

declare module '../../db/database' {
  interface DB {
    bonus_deductions: BonusDeductionTable;
    bonus_statements: BonusStatementTable;
  }
}
