import type { Timestamp } from '../../db/database';

/** Where a month's figures came from; the official figure is the most authoritative one present. */
export const FIGURE_SOURCES = ['adjusted', 'imported', 'report'] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];

/**
 * A person's sales and collections for a month, target and actual, one row per source: what they
 * typed in their 月工作总结 ('report', written when it is submitted), what the company's figures
 * say ('imported'), or a correction ('adjusted'). F03/F04/F08/F09 pre-fill from here.
 */
export interface SalesFigureTable {
  user_id: number;
  /** YYYY-MM */
  month: string;
  source: FigureSource;
  sales_target: number | null;
  sales_actual: number | null;
  collection_target: number | null;
  collection_actual: number | null;
  /** The report the figures were typed in, for source 'report'. */
  report_id: number | null;
  updated_at: Timestamp;
  updated_by: number | null;
}

declare module '../../db/database' {
  interface DB {
    sales_figures: SalesFigureTable;
  }
}
