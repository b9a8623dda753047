import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from '../../db/database';

export interface BundleExportTable {
  id: Generated<number>;
  /** The month, YYYY-MM. */
  period: string;
  revision: number;
  /** JSON [{ fileName, bytes }] of the files written to the outbox. */
  files: string;
  bytes: number;
  /** SHA-256 of the whole bundle (before any split). */
  sha256: string;
  /** JSON array of the ids of the reports in the bundle. */
  report_ids: string;
  /** JSON array of the gaps listed in the bundle. */
  gaps: string;
  superseded_by: number | null;
  created_at: Timestamp;
  created_by: number;
}

declare module '../../db/database' {
  interface DB {
    bundle_exports: BundleExportTable;
  }
}

export type BundleExport = Selectable<BundleExportTable>;
