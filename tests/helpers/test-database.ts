import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { inject, onTestFinished } from 'vitest';
import type { DB } from '../../src-main/core/db/database';
import type { DialectName } from '../../src-main/core/db/dialect';
import { openPostgres } from '../../src-main/core/db/postgres/connection';

const TEMPLATE_DATABASE = 'regiondesk_template';

/** The dialect head-office installations of this test project use (the postgres project sets it). */
export function headOfficeDialect(): DialectName {
  return process.env.REGIONDESK_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

/** A fresh PostgreSQL database for one test, copied from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) throw new Error('the postgres test project starts PostgreSQL in its globalSetup');
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = openPostgres(adminUrl, 1);
  try {
    await admin.pool.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.pool.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/**
 * A second connection to a test core's database, SQLite file or PostgreSQL URL, for checks the
 * API does not show and for seeding rows as another installation would have written them.
 */
export function openTestDb(location: { dbFile: string; databaseUrl: string | null }): Kysely<DB> {
  let db: Kysely<DB>;
  if (location.databaseUrl) {
    db = openPostgres(location.databaseUrl, 2).db;
  } else {
    const sqlite = new Database(location.dbFile);
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  onTestFinished(() => db.destroy());
  return db;
}
