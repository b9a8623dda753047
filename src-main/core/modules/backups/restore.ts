import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RestoreResult } from '../../../../src-shared/contract/backups';
import { ApiError } from '../../../../src-shared/errors';
import { openConnection, type Connection } from '../../db/connection';
import { migrate } from '../../db/migrate';
import type { Migration } from '../../db/migrations';
import { checkDatabaseFile, fileStamp, stampInstant } from './backup-files';

/** Databases a restore replaced that stay in the data folder for an undo. */
export const KEEP_REPLACED = 3;

const KEPT = /^regiondesk\.before-restore-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;
const STAGED = /^regiondesk\.restore-.*\.sqlite(-wal|-shm)?$/;

export interface RestoreDeps {
  dataDir: string;
  dbFile: string;
  nativeBinding?: string;
  now: () => Date;
  migrations: readonly Migration[];
  /** The live connection, and how the core is handed the restored one. */
  live: () => Connection;
  replace: (next: Connection) => void;
}

/** The databases earlier restores replaced, newest first. */
export function listReplaced(dataDir: string): { id: string; createdAt: string; bytes: number }[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .flatMap((id) => {
      const m = KEPT.exec(id);
      return m ? [{ id, createdAt: stampInstant(m[1]!), bytes: statSync(join(dataDir, id)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Whether a name is one of the kept databases. */
export function isReplacedName(id: string): boolean {
  return KEPT.test(id);
}

/** Removes what a restore stopped by a power cut left half-made: staged copies, never the live file. */
export function removeStaleStaging(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir))
    if (STAGED.test(name)) rmSync(join(dataDir, name), { force: true });
}

const removeWithJournal = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
};

/**
 * Stages a copy of `source` beside the database, checks and migrates it there, then switches:
 * the live database is copied to regiondesk.before-restore-<stamp>.sqlite and the staged file
 * renamed over it. Until that rename the old file stays the live one; a refused or failed
 * restore removes the staged copy and leaves the data as it was.
 */
export async function restoreFrom(deps: RestoreDeps, source: string, label: string): Promise<RestoreResult> {
  const stamp = fileStamp(deps.now());
  const staged = join(deps.dataDir, `regiondesk.restore-${stamp}.sqlite`);
  const latest = deps.migrations.at(-1)?.version ?? 0;
  copyFileSync(source, staged);
  let fromVersion: number;
  try {
    const check = checkDatabaseFile(staged, deps.nativeBinding);
    if (check.check !== 'ok') {
      throw new ApiError(
        'INVALID_STATE',
        `“${label}”已损坏,不能用来恢复(完整性检查:${check.detail ?? '未通过'})。当前数据没有任何改动,请选择另一个备份。`,
      );
    }
    fromVersion = check.userVersion ?? 0;
    if (fromVersion > latest) {
      throw new ApiError(
        'INVALID_STATE',
        `“${label}”由更新版本的 RegionDesk 写成(数据版本 ${fromVersion},本程序支持到 ${latest})。请先安装最新版本再恢复;当前数据没有任何改动。`,
      );
    }
    // An older backup is brought to this program's schema in the staged copy, never in place.
    const conn = openConnection(staged, deps.nativeBinding);
    try {
      await migrate(conn.sqlite, conn.db, { backupDir: null, now: deps.now, migrations: deps.migrations });
    } finally {
      // kysely closes only a connection it has used; the file must be closed (and its WAL folded in).
      await conn.db.destroy();
      conn.sqlite.close();
    }
  } catch (err) {
    removeWithJournal(staged);
    throw err;
  }
  const keptAs = `regiondesk.before-restore-${stamp}.sqlite`;
  await switchTo(deps, staged, join(deps.dataDir, keptAs));
  for (const old of listReplaced(deps.dataDir).slice(KEEP_REPLACED)) {
    removeWithJournal(join(deps.dataDir, old.id));
  }
  return { restoredFrom: label, keptAs, fromVersion, toVersion: latest };
}

/**
 * Holds kysely's one SQLite connection, so no transaction is running, while the files change
 * places; the core then gets a connection to the restored file and every later call uses it.
 */
async function switchTo(deps: RestoreDeps, staged: string, kept: string): Promise<void> {
  const current = deps.live();
  await current.db.connection().execute(async () => {
    const [cp] = current.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (cp && cp.busy) {
      removeWithJournal(staged);
      throw new ApiError(
        'CONFLICT',
        '数据库正被其他程序读写,暂时不能恢复。请关闭其他使用本数据的程序后重试;当前数据没有任何改动。',
      );
    }
    current.sqlite.close();
    try {
      copyFileSync(deps.dbFile, kept);
      rmSync(`${deps.dbFile}-wal`, { force: true });
      rmSync(`${deps.dbFile}-shm`, { force: true });
      renameSync(staged, deps.dbFile);
    } catch (err) {
      // The rename did not happen: the old file is still the live one.
      removeWithJournal(staged);
      rmSync(kept, { force: true });
      deps.replace(openConnection(deps.dbFile, deps.nativeBinding));
      throw err;
    }
    try {
      deps.replace(openConnection(deps.dbFile, deps.nativeBinding));
    } catch (err) {
      // The restored file would not open after all: the kept copy goes back in its place.
      copyFileSync(kept, deps.dbFile);
      deps.replace(openConnection(deps.dbFile, deps.nativeBinding));
      throw err;
    }
  });
}
