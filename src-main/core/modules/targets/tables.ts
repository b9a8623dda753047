import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from '../../db/database';

/** A region's (user_id null) or a rep's annual target of one metric; its amounts live in versions. */
export interface SalesTargetTable {
  id: Generated<number>;
  year: number;
  scope: 'region' | 'rep';
  user_id: number | null;
  metric: 'sales' | 'collection';
  method: 'equal' | 'lastYear' | 'typed';
  created_at: Timestamp;
  created_by: number;
}

/**
 * Each version of a target: who set or adjusted it, why and when. Version 1 is the setting of the
 * year; each quarterly adjustment adds one. Nothing is ever updated or deleted.
 */
export interface SalesTargetVersionTable {
  target_id: number;
  version: number;
  /** The quarter adjusted, null for a setting of the whole year. */
  quarter: number | null;
  reason: string;
  requested_by: string;
  approved_by: number;
  at: Timestamp;
}

/** The twelve monthly amounts (元) of each version. */
export interface SalesTargetMonthTable {
  target_id: number;
  version: number;
  /** 1–12 */
  month: number;
  amount: number;
}

/** A target row as read. */
export type SalesTarget = Selectable<SalesTargetTable>;

declare module '../../db/database' {
  interface DB {
    sales_targets: SalesTargetTable;
    sales_target_versions: SalesTargetVersionTable;
    sales_target_months: SalesTargetMonthTable;
  }
}
