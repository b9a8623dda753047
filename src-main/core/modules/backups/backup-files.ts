import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** How a file in the backup folder was written; 每月 is a retention label, not a way of writing. */
export type WrittenKind = 'daily' | 'manual' | 'preUpgrade';

/** The result of `PRAGMA integrity_check` on a backup, kept in a sidecar beside it. */
export interface CheckRecord {
  check: 'ok' | 'corrupt';
  detail: string | null;
  userVersion: number | null;
  /** Size and modification time when checked: a file changed since is checked again. */
  bytes: number;
  mtimeMs: number;
  checkedAt: string;
}

export interface BackupFile extends CheckRecord {
  id: string;
  kind: WrittenKind;
  createdAt: string;
  path: string;
}

const STAMP = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)';
const WRITTEN = new RegExp(`^regiondesk-(daily|manual)-${STAMP}(?:-\\d+)?\\.sqlite$`);
// The name migrate() gives the copy it takes before an upgrade.
const PRE_UPGRADE = new RegExp(`^before-migration-v\\d+-${STAMP}\\.sqlite$`);

/** An instant written so it can be part of a file name on every system (no colons). */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** The instant a file stamp was made from. */
export function stampInstant(stamp: string): string {
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

/** What a backup folder's file name says: how it was written and when; null for anything else. */
export function parseBackupName(name: string): { kind: WrittenKind; createdAt: string } | null {
  const written = WRITTEN.exec(name);
  if (written) return { kind: written[1] as WrittenKind, createdAt: stampInstant(written[2]!) };
  const pre = PRE_UPGRADE.exec(name);
  return pre ? { kind: 'preUpgrade', createdAt: stampInstant(pre[1]!) } : null;
}

const binding = (nativeBinding?: string) => (nativeBinding ? { nativeBinding } : {});

/**
 * Opens a database file read-only and runs integrity_check. A file SQLite cannot even open (not a
 * database, truncated) counts as corrupt too, with SQLite's reason.
 */
export function checkDatabaseFile(
  file: string,
  nativeBinding?: string,
): Pick<CheckRecord, 'check' | 'detail' | 'userVersion'> {
  let db: Database.Database | null = null;
  // A read-only look at a WAL-mode file leaves an empty -wal and -shm beside it; they go again.
  const leftovers = ['-wal', '-shm'].map((x) => `${file}${x}`).filter((f) => !existsSync(f));
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...binding(nativeBinding) });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const userVersion = Number(db.pragma('user_version', { simple: true }));
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return problems.length === 0
      ? { check: 'ok', detail: null, userVersion }
      : { check: 'corrupt', detail: problems.slice(0, 3).join(';'), userVersion };
  } catch (err) {
    return { check: 'corrupt', detail: (err as Error).message, userVersion: null };
  } finally {
    db?.close();
    if (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size === 0) {
      for (const f of leftovers) rmSync(f, { force: true });
    }
  }
}

/**
 * A fresh online backup keeps the live database's WAL mode; a backup is a single file, so it is
 * turned into a rollback-journal database before it is checked and listed (a read-only open of
 * a WAL file would leave -wal and -shm files beside it).
 */
export function settleBackupFile(file: string, nativeBinding?: string): void {
  try {
    const db = new Database(file, { fileMustExist: true, ...binding(nativeBinding) });
    try {
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch {
    // A file that will not open is reported by the check that follows.
  }
}

const sidecarPath = (file: string) => `${file}.json`;

function writeSidecar(file: string, record: CheckRecord): void {
  writeFileSync(`${sidecarPath(file)}.tmp`, JSON.stringify(record, null, 2));
  renameSync(`${sidecarPath(file)}.tmp`, sidecarPath(file));
}

function readSidecar(file: string): CheckRecord | null {
  try {
    return JSON.parse(readFileSync(sidecarPath(file), 'utf8')) as CheckRecord;
  } catch {
    return null;
  }
}

/** Checks a file and records the result beside it (as of the file's current size and time). */
export function recordCheck(file: string, at: Date, nativeBinding?: string, recordAs = file): CheckRecord {
  const stat = statSync(file);
  const record: CheckRecord = {
    ...checkDatabaseFile(file, nativeBinding),
    bytes: stat.size,
    mtimeMs: stat.mtimeMs,
    checkedAt: at.toISOString(),
  };
  writeSidecar(recordAs, record);
  return record;
}

/**
 * Writes an online backup of the live database into the folder: a temporary name first, the
 * check and its record, then the rename, so only a complete, checked file carries a backup's name.
 */
export async function writeBackup(
  sqlite: Database.Database,
  folder: string,
  kind: 'daily' | 'manual',
  at: Date,
  nativeBinding?: string,
): Promise<BackupFile> {
  mkdirSync(folder, { recursive: true });
  let id = `regiondesk-${kind}-${fileStamp(at)}.sqlite`;
  for (let n = 2; existsSync(join(folder, id)); n++) id = `regiondesk-${kind}-${fileStamp(at)}-${n}.sqlite`;
  const path = join(folder, id);
  const partial = `${path}.partial`;
  try {
    await sqlite.backup(partial);
    settleBackupFile(partial, nativeBinding);
    const record = recordCheck(partial, at, nativeBinding, path);
    renameSync(partial, path);
    return { id, kind, createdAt: at.toISOString(), path, ...record };
  } catch (err) {
    rmSync(partial, { force: true });
    rmSync(sidecarPath(path), { force: true });
    throw err;
  }
}

/**
 * The backups in a folder, newest first, each with its check: the recorded one, or a new check
 * when the file has no record or changed since (a file damaged on disk shows as 损坏).
 */
export function listBackupFiles(folder: string, at: Date, nativeBinding?: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const found: BackupFile[] = [];
  for (const id of readdirSync(folder)) {
    const parsed = parseBackupName(id);
    if (!parsed) continue;
    const path = join(folder, id);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const known = readSidecar(path);
    const record =
      known && known.bytes === stat.size && known.mtimeMs === stat.mtimeMs
        ? known
        : recordCheck(path, at, nativeBinding);
    found.push({ id, ...parsed, path, ...record });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** Deletes a backup and its record. */
export function removeBackupFile(path: string): void {
  rmSync(path, { force: true });
  rmSync(sidecarPath(path), { force: true });
}

/**
 * Removes what a backup cut short by a power failure left behind (a .partial file); one written
 * in the last hour may still be in progress in another window of the app and stays.
 */
export function removeAbandonedPartials(folder: string, at: Date): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.sqlite.partial')) continue;
    const path = join(folder, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && at.getTime() - stat.mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
}
