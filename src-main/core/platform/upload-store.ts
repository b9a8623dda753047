import { readFileSync } from 'node:fs';
import { type SessionFile, SessionFolder } from './session-folder';

/** Uploaded files are kept this long for the import that follows, then removed. */
export const UPLOAD_TTL_MS = 2 * 60 * 60_000;
/** The largest file one upload may carry: an unsplit bundle at the reader's total cap. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

interface Entry extends SessionFile {
  bytes: number;
  /** The name as the user's system gave it, before it was made safe to show, for a check that refuses paths. */
  originalName: string;
}

export interface StagedUpload {
  id: string;
  fileName: string;
  bytes: number;
}

/**
 * Files users have handed to the app for import (bundles, parts, Excel sheets) or to keep as
 * evidence, under
 * <data>/tmp/uploads, each usable only by the session that uploaded it.
 */
export class UploadStore extends SessionFolder<Entry> {
  constructor(dir: string, now: () => Date) {
    super(dir, now, UPLOAD_TTL_MS);
  }

  add(bytes: Buffer, fileName: string, ownerToken: string): StagedUpload {
    const name = fileName.replace(/[\\/\0]/g, '_').slice(0, 200) || '未命名文件';
    const { id } = this.put(bytes, { bytes: bytes.length, originalName: fileName }, name, ownerToken);
    return { id, fileName: name, bytes: bytes.length };
  }

  /** The upload's name (made safe, and as given) and bytes, if it exists and belongs to this session. */
  read(
    id: string,
    ownerToken: string | null,
  ): { fileName: string; originalName: string; bytes: Buffer } | null {
    const e = this.find(id, ownerToken);
    return e ? { fileName: e.fileName, originalName: e.originalName, bytes: readFileSync(e.path) } : null;
  }
}
