import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import type { DocxRenderer } from '../platform/worker-pool';

/**
 * The version of what turns a paper model into Word bytes: render-docx, docx-parts, docx-writer and
 * the docx library. A stored document is only reused under the version it was rendered with, so
 * any change to those files that changes the bytes must change this (a test compares a sample of
 * every form with its pinned fingerprint and says so). The models themselves need no version: a
 * change to how a report becomes a model changes the model, and so its key.
 */
export const DOCX_RENDERER_VERSION = '1';

/** A stored document not written for this long is removed; it is rendered again if ever asked for. */
export const PAPER_KEEP_DAYS = 400;

/** What a store holds on disk. */
export interface PaperStoreStats {
  files: number;
  bytes: number;
}

/**
 * Word documents already rendered, one file per paper model, so a report version is rendered once
 * and then printed, previewed as Word and sent in every monthly bundle from the same file.
 *
 * A document's key is the SHA-256 of the renderer version and its models (the models carry the
 * report's fields, status, names and times and the office's letterhead, and no print time), so a
 * changed report, letterhead or document code simply has another key. Files live under
 * `<dir>/r<version>/<2 hex>/<key>.docx`; folders of other renderer versions are removed on first
 * use, and their documents are rendered again when they are next asked for; so are documents
 * stored more than PAPER_KEEP_DAYS ago, removed then too (a year's documents of a 50-rep office are
 * about 100 MB). A file that is not a whole zip (a crash while copying a data folder) is rendered
 * again.
 */
export class PaperStore {
  private readonly root: string;
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  private swept = false;

  constructor(
    private readonly dir: string,
    private readonly renderer: DocxRenderer,
    readonly version: string = DOCX_RENDERER_VERSION,
    private readonly keepDays: number = PAPER_KEEP_DAYS,
  ) {
    this.root = join(dir, `r${version}`);
  }

  /** The key of a document made of these models. */
  keyOf(models: DocModel[]): string {
    return createHash('sha256')
      .update(this.version)
      .update('\u0000')
      .update(JSON.stringify(models))
      .digest('hex');
  }

  /** Whether the document of these models is stored already. */
  has(models: DocModel[]): boolean {
    return this.readStored(this.fileOf(this.keyOf(models))) !== null;
  }

  /** The document of these models: the stored file, or rendered now and stored. */
  get(models: DocModel[]): Promise<Buffer> {
    const key = this.keyOf(models);
    const file = this.fileOf(key);
    const stored = this.readStored(file);
    if (stored) return Promise.resolve(stored);
    const running = this.inFlight.get(key);
    if (running) return running;
    const job = this.renderer
      .render(models)
      .then((bytes) => {
        this.write(file, bytes);
        return bytes;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, job);
    return job;
  }

  /** How many documents the store holds for the current renderer version, and their size. */
  stats(): PaperStoreStats {
    const out = { files: 0, bytes: 0 };
    let shards: string[];
    try {
      shards = readdirSync(this.root);
    } catch {
      return out;
    }
    for (const shard of shards) {
      for (const name of readdirSync(join(this.root, shard))) {
        if (!name.endsWith('.docx')) continue;
        out.files++;
        out.bytes += statSync(join(this.root, shard, name)).size;
      }
    }
    return out;
  }

  private fileOf(key: string): string {
    return join(this.root, key.slice(0, 2), `${key}.docx`);
  }

  private readStored(file: string): Buffer | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    return isWholeZip(bytes) ? bytes : null;
  }

  /**
   * Stores a rendered document under a temporary name, then renames it, so a reader never sees
   * half a file. A store that cannot be written (a full disk) only costs a render next time.
   */
  private write(file: string, bytes: Buffer): void {
    try {
      this.sweep();
      mkdirSync(join(file, '..'), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file);
    } catch {
      // Served from memory this time; rendered again when next asked for.
    }
  }

  /** Removes the documents stored more than keepDays ago, without holding up the thread. */
  async prune(now = Date.now()): Promise<number> {
    const cutoff = now - this.keepDays * 86_400_000;
    let removed = 0;
    let shards: string[];
    try {
      shards = await readdir(this.root);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      for (const name of await readdir(join(this.root, shard)).catch(() => [])) {
        const file = join(this.root, shard, name);
        const info = await stat(file).catch(() => null);
        if (info && info.mtimeMs < cutoff) {
          await rm(file, { force: true });
          removed++;
        }
      }
    }
    return removed;
  }

  /** Removes the documents of other renderer versions and old ones, once per process. */
  private sweep(): void {
    if (this.swept) return;
    this.swept = true;
    this.prune().catch(() => undefined);
    let names: string[] = [];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name !== `r${this.version}`) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
  }
}

/** A zip ends with its end-of-central-directory record (22 bytes; Word files have no comment). */
function isWholeZip(bytes: Buffer): boolean {
  return bytes.length > 22 && bytes.readUInt32LE(bytes.length - 22) === 0x06054b50;
}
