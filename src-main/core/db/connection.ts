import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { DB } from './database';

export class DatabaseOpenError extends Error {
  constructor(
    readonly reason:
      'too-new' | 'corrupt' | 'migration-failed' | 'config' | 'unreachable' | 'not-head-office',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface Connection {
  sqlite: Database.Database;
  db: Kysely<DB>;
}

/**
 * Opens the database with the settings the house rules require: WAL for concurrent readers,
 * foreign keys, synchronous=FULL so an acknowledged save survives a power cut, and a busy
 * timeout so a second process waits instead of failing.
 */
export function openConnection(file: string, nativeBinding?: string): Connection {
  const sqlite = new Database(file, nativeBinding ? { nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const result = sqlite.pragma('integrity_check', { simple: true });
  if (result !== 'ok') {
    sqlite.close();
    throw new DatabaseOpenError(
      'corrupt',
      `数据库完整性检查未通过(${String(result)})。请从备份恢复,或联系管理员。`,
    );
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) });
  return { sqlite, db };
}

/** Statements kept prepared: about every query the application asks, with room to spare. */
const STATEMENTS_KEPT = 500;

/**
 * The database as kysely sees it, with each statement prepared once and kept: kysely asks for a new
 * statement for every query, and preparing one cost SQLite more than running it for a save's small
 * reads and writes. A kept statement still being read row by row (a stream) is not lent out twice.
 */
function preparedOnce(sqlite: Database.Database): SqliteDatabase {
  const kept = new LRUCache<string, Database.Statement>({ max: STATEMENTS_KEPT });
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const ready = kept.get(sql);
      if (ready && !ready.busy) return ready;
      const statement = sqlite.prepare(sql);
      if (!ready) kept.set(sql, statement);
      return statement;
    },
  };
}
