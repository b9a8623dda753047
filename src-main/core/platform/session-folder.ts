import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What every file kept for a session has. */
export interface SessionFile {
  id: string;
  path: string;
  fileName: string;
  ownerToken: string | null;
  createdAt: number;
}

/**
 * Files that belong to one signed-in session for a while: generated documents waiting to be
 * saved, or uploads waiting to be imported. An id seen by one user cannot be used by another;
 * files expire after `ttlMs`, and a restart empties the folder (nobody can claim them any more).
 */
export class SessionFolder<E extends SessionFile> {
  private entries = new Map<string, E>();

  constructor(
    private readonly dir: string,
    protected readonly now: () => Date,
    private readonly ttlMs: number,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
  }

  /** Writes the bytes and keeps the entry `extra` describes. */
  protected put(
    bytes: Buffer,
    extra: Omit<E, keyof SessionFile>,
    fileName: string,
    ownerToken: string | null,
  ): E {
    this.sweep();
    const id = randomUUID();
    const path = join(this.dir, `${id}.bin`);
    writeFileSync(path, bytes);
    const entry = { ...extra, id, path, fileName, ownerToken, createdAt: this.now().getTime() } as E;
    this.entries.set(id, entry);
    return entry;
  }

  /** The entry, if it exists, has not expired and belongs to this session. */
  protected find(id: string, ownerToken: string | null): E | null {
    this.sweep();
    const e = this.entries.get(id);
    if (!e || e.ownerToken !== ownerToken || this.now().getTime() - e.createdAt > this.ttlMs) return null;
    return e;
  }

  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    rmSync(e.path, { force: true });
    this.entries.delete(id);
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - this.ttlMs;
    for (const e of [...this.entries.values()]) if (e.createdAt < cutoff) this.remove(e.id);
  }
}
