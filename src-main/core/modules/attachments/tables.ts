import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from '../../db/database';

/**
 * An evidence file kept in the data folder under its SHA-256. One row per upload, so the same
 * bytes handed in twice under two names keep both names while the file is stored once.
 */
export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  /** The name the user's file had, shown and offered again on download. */
  file_name: string;
  /** What the content was found to be, not what the name claimed. */
  mime: string;
  bytes: number;
  created_by: number;
  created_at: Timestamp;
}

declare module '../../db/database' {
  interface DB {
    attachments: AttachmentTable;
  }
}

export type AttachmentRow = Selectable<AttachmentTable>;
