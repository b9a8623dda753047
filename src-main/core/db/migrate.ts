import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { DatabaseOpenError } from './connection';
import type { Migration, MigrationContext } from './migrations';
import type { DB } from './database';

export interface MigrateOptions {
  /**
   * Folder for the copy taken before an existing database is migrated; null when the caller
   * already holds an untouched copy (a restore migrates a staged copy of a backup).
   */
  backupDir: string | null;
  /** Runs once the copy is complete under its final name (its check and record). */
  afterBackup?: (file: string) => Promise<void> | void;
  now: () => Date;
  /** Every step in version order (modules/index.ts: MIGRATIONS). */
  migrations: readonly Migration[];
}

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

/**
 * Brings the database to the latest schema. Each step and its user_version commit together,
 * so a failed step leaves the database at the previous version; an existing database is
 * copied first, and one written by a newer app is refused rather than damaged.
 */
export async function migrate(
  sqlite: Database.Database,
  db: Kysely<DB>,
  options: MigrateOptions,
): Promise<MigrateResult> {
  const migrations = options.migrations;
  const latest = migrations.at(-1)?.version ?? 0;
  const from = Number(sqlite.pragma('user_version', { simple: true }));
  if (from > latest) {
    throw new DatabaseOpenError(
      'too-new',
      `此数据库由更新版本的 RegionDesk 创建(数据版本 ${from},本程序支持到 ${latest})。请安装最新版本后再打开,数据未做任何改动。`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  // The data folder is the database file's folder; a step that moves data into files writes there.
  const context: MigrationContext = { dataDir: dirname(sqlite.name) };
  let backupFile: string | null = null;
  if (from > 0 && options.backupDir !== null) {
    mkdirSync(options.backupDir, { recursive: true });
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    backupFile = join(options.backupDir, `before-migration-v${from}-${stamp}.sqlite`);
    // Written under a temporary name first, so a half-written copy is never taken for a backup.
    await sqlite.backup(`${backupFile}.partial`);
    renameSync(`${backupFile}.partial`, backupFile);
    await options.afterBackup?.(backupFile);
  }

  for (const step of pending) {
    try {
      await db.transaction().execute(async (trx) => {
        await step.up(trx, context);
        await sql.raw(`PRAGMA user_version = ${step.version}`).execute(trx);
      });
    } catch (err) {
      throw new DatabaseOpenError(
        'migration-failed',
        `数据库升级到第 ${step.version} 版(${step.name})失败,已保持原状${backupFile ? `,升级前备份在 ${backupFile}` : ''}:${(err as Error).message}`,
      );
    }
  }
  return { from, to: pending.at(-1)!.version, backupFile };
}
