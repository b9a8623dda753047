import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../../core-types';

/** Generated files stay available for this long, then the shell must ask for a new one. */
export const FILE_TTL_MS = 60 * 60_000;

interface Entry extends GeneratedFile {
  ownerToken: string | null;
  createdAt: number;
}

/**
 * Generated documents waiting to be delivered. Each belongs to the session that asked for it,
 * so a file id seen by one user cannot be fetched by another.
 */
export class FileStore {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date,
  ) {
    mkdirSync(dir, { recursive: true });
    // Files from an earlier run can no longer be claimed by anyone.
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
  }

  add(bytes: Buffer, fileName: string, mime: string, ownerToken: string | null): GeneratedFile {
    this.sweep();
    const id = randomUUID();
    const path = join(this.dir, `${id}.bin`);
    writeFileSync(path, bytes);
    const entry: Entry = { id, path, fileName, mime, ownerToken, createdAt: this.now().getTime() };
    this.entries.set(id, entry);
    return entry;
  }

  get(id: string, token: string | null): GeneratedFile | null {
    const e = this.entries.get(id);
    if (!e || e.ownerToken !== token || this.now().getTime() - e.createdAt > FILE_TTL_MS) return null;
    return { id: e.id, path: e.path, fileName: e.fileName, mime: e.mime };
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - FILE_TTL_MS;
    for (const [id, e] of this.entries) {
      if (e.createdAt < cutoff) {
        rmSync(e.path, { force: true });
        this.entries.delete(id);
      }
    }
  }

  /** Bytes on disk, for tests and diagnostics. */
  size(id: string): number {
    const e = this.entries.get(id);
    return e ? statSync(e.path).size : 0;
  }
}
