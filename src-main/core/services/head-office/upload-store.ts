import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Uploaded files are kept this long for the import that follows, then removed. */
export const UPLOAD_TTL_MS = 2 * 60 * 60_000;
/** The largest file one upload may carry: an unsplit bundle at the reader's total cap. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

interface Entry {
  id: string;
  path: string;
  fileName: string;
  bytes: number;
  ownerToken: string;
  createdAt: number;
}

export interface StagedUpload {
  id: string;
  fileName: string;
  bytes: number;
}

/**
 * Files a user has handed to the app for import (bundles, parts). Each belongs to the session
 * that uploaded it, lives under <data>/tmp/uploads and is gone after UPLOAD_TTL_MS or a restart.
 */
export class UploadStore {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
  }

  add(bytes: Buffer, fileName: string, ownerToken: string): StagedUpload {
    this.sweep();
    const id = randomUUID();
    const path = join(this.dir, `${id}.upload`);
    writeFileSync(path, bytes);
    const name = fileName.replace(/[\\/\0]/g, '_').slice(0, 200) || '未命名文件';
    this.entries.set(id, {
      id,
      path,
      fileName: name,
      bytes: bytes.length,
      ownerToken,
      createdAt: this.now().getTime(),
    });
    return { id, fileName: name, bytes: bytes.length };
  }

  /** The upload's name and bytes, if it exists and belongs to this session. */
  read(id: string, ownerToken: string | null): { fileName: string; bytes: Buffer } | null {
    const e = this.entries.get(id);
    if (!e || e.ownerToken !== ownerToken || this.expired(e)) return null;
    return { fileName: e.fileName, bytes: readFileSync(e.path) };
  }

  /** Name and size without reading the file. */
  info(id: string, ownerToken: string | null): StagedUpload | null {
    const e = this.entries.get(id);
    if (!e || e.ownerToken !== ownerToken || this.expired(e)) return null;
    return { id: e.id, fileName: e.fileName, bytes: statSync(e.path).size };
  }

  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    rmSync(e.path, { force: true });
    this.entries.delete(id);
  }

  private expired(e: Entry): boolean {
    return this.now().getTime() - e.createdAt > UPLOAD_TTL_MS;
  }

  private sweep(): void {
    for (const e of this.entries.values()) if (this.expired(e)) this.remove(e.id);
  }
}
