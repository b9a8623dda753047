import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file written under a temporary name, waiting for the export row to commit. */
export interface StagedFile {
  fileName: string;
  bytes: number;
  tempPath: string;
  finalPath: string;
}

/**
 * Writes the files under hidden temporary names. Nothing under a final name exists until
 * `publish`, so a failed or refused export leaves no bundle in the outbox that the database
 * does not know of.
 */
export function stage(dir: string, files: { fileName: string; bytes: Buffer }[]): StagedFile[] {
  mkdirSync(dir, { recursive: true });
  const staged: StagedFile[] = [];
  try {
    for (const f of files) {
      const tempPath = join(dir, `.${f.fileName}.${randomUUID()}.tmp`);
      staged.push({
        fileName: f.fileName,
        bytes: f.bytes.length,
        tempPath,
        finalPath: join(dir, f.fileName),
      });
      writeFileSync(tempPath, f.bytes, { flag: 'wx' });
    }
  } catch (err) {
    discard(staged);
    throw err;
  }
  return staged;
}

/** Gives staged files their final names (replacing a leftover of an export that never committed). */
export function publish(staged: StagedFile[]): void {
  for (const f of staged) renameSync(f.tempPath, f.finalPath);
}

/** Removes staged files, and published ones when the transaction around them failed. */
export function discard(staged: StagedFile[], published = false): void {
  for (const f of staged) {
    rmSync(f.tempPath, { force: true });
    if (published) rmSync(f.finalPath, { force: true });
  }
}
