import { existsSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Migration } from './migrations';
import { DatabaseOpenError, openConnection } from './connection';
import type { DB } from './database';
import type { DialectName } from './dialect';
import { migrate } from './migrate';
import { openPostgres } from './postgres/connection';
import { migratePostgres } from './postgres/migrate';
import { POSTGRES_MIGRATIONS } from './postgres/migrations';

/** The database file inside a data folder. */
export const DB_FILE_NAME = 'regiondesk.sqlite';

/** The data folder's database setting for the desktop app: `{ "url": "postgres://…" }`. */
export const DATABASE_CONFIG_FILE = 'database.json';

export interface OpenedDatabase {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The SQLite handle (backups use SQLite's online backup); absent on PostgreSQL. */
  sqlite?: Database.Database;
  /** Synchronous for SQLite, so the WAL is checkpointed before the process exits. */
  close(): void;
}

export interface OpenDatabaseOptions {
  dataDir: string;
  /** A postgres:// URL; without it, database.json in the data folder, else SQLite. */
  database?: string;
  nativeBinding?: string;
  now: () => Date;
  /** The SQLite chain (modules/index.ts: MIGRATIONS). */
  migrations: readonly Migration[];
  /** Where SQLite's copy before an upgrade goes, and what records it (the backups module). */
  backupDir: string;
  afterBackup?: (file: string) => void;
}

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The PostgreSQL URL the installation is configured with, or null for SQLite. */
export function configuredDatabase(dataDir: string, database?: string): string | null {
  if (database !== undefined) {
    if (!isPostgresUrl(database)) {
      throw new DatabaseOpenError(
        'config',
        `数据库地址“${database}”无效:应以 postgres:// 开头。请检查 --database 参数。`,
      );
    }
    return database;
  }
  const file = join(dataDir, DATABASE_CONFIG_FILE);
  if (!existsSync(file)) return null;
  let url: unknown;
  try {
    url = (JSON.parse(readFileSync(file, 'utf8')) as { url?: unknown }).url;
  } catch {
    url = undefined;
  }
  if (typeof url !== 'string' || !isPostgresUrl(url)) {
    throw new DatabaseOpenError(
      'config',
      `数据目录中的 ${DATABASE_CONFIG_FILE} 格式不对:应为 {"url": "postgres://用户@主机:端口/数据库"}。请改正或删除该文件(删除后使用本机 SQLite 数据库)。`,
    );
  }
  return url;
}

async function openOnPostgres(url: string): Promise<OpenedDatabase> {
  const { pool, db } = openPostgres(url);
  try {
    try {
      await sql`select 1`.execute(db);
    } catch (err) {
      throw new DatabaseOpenError(
        'unreachable',
        `无法连接 PostgreSQL 数据库(${(err as Error).message})。请确认数据库服务已启动、地址和账号正确。`,
      );
    }
    await migratePostgres(db, POSTGRES_MIGRATIONS);
    const office = await db.selectFrom('office').select('mode').executeTakeFirst();
    if (office && office.mode !== 'headOffice') {
      throw new DatabaseOpenError(
        'not-head-office',
        '该 PostgreSQL 数据库中是办事处的数据:只有销售部(总部)可以使用 PostgreSQL,办事处请使用本机 SQLite 数据库。',
      );
    }
  } catch (err) {
    await pool.end();
    throw err;
  }
  return { db, dialect: 'postgres', close: () => void pool.end() };
}

/**
 * Opens the installation's database, migrated: SQLite in the data folder by default, or
 * PostgreSQL when a URL is given or the data folder's database.json names one (head office only).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const url = configuredDatabase(options.dataDir, options.database);
  if (url) return openOnPostgres(url);
  const { sqlite, db } = openConnection(join(options.dataDir, DB_FILE_NAME), options.nativeBinding);
  try {
    await migrate(sqlite, db, {
      backupDir: options.backupDir,
      ...(options.afterBackup ? { afterBackup: options.afterBackup } : {}),
      now: options.now,
      migrations: options.migrations,
    });
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return { db, dialect: 'sqlite', sqlite, close: () => sqlite.close() };
}
