import { type Kysely, sql } from 'kysely';
import { DatabaseOpenError } from '../connection';
import type { DB } from '../database';
import type { MigrateResult } from '../migrate';
import type { Migration } from '../migrations';

/** Any constant: the advisory lock two app instances take so only one migrates at a time. */
const MIGRATION_LOCK = 0x52474e44;

async function currentVersion(db: Kysely<DB>): Promise<number> {
  const row = await sql<{ version: number }>`select version from schema_version where id = 1`.execute(db);
  return row.rows[0]?.version ?? 0;
}

/**
 * Brings a PostgreSQL database to the latest schema. PostgreSQL has no user_version, so the version
 * lives in schema_version; each step and its version commit in one transaction (DDL is
 * transactional here), under an advisory lock so two head-office processes starting together do not
 * both run a step. Backups of a PostgreSQL database are its administrator's (pg_dump), not a file copy.
 */
export async function migratePostgres(
  db: Kysely<DB>,
  migrations: readonly Migration[],
): Promise<MigrateResult> {
  await sql`create table if not exists schema_version (id integer primary key check (id = 1), version integer not null)`.execute(
    db,
  );
  const latest = migrations.at(-1)?.version ?? 0;
  const from = await currentVersion(db);
  if (from > latest) {
    throw new DatabaseOpenError(
      'too-new',
      `此数据库由更新版本的 RegionDesk 创建(数据版本 ${from},本程序支持到 ${latest})。请安装最新版本后再打开,数据未做任何改动。`,
    );
  }
  for (const step of migrations) {
    try {
      await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
        const at = await currentVersion(trx);
        // The baseline stands for every version up to its own; a database is never between them.
        if (at >= step.version) return;
        await step.up(trx);
        await sql`insert into schema_version (id, version) values (1, ${step.version})
          on conflict (id) do update set version = excluded.version`.execute(trx);
      });
    } catch (err) {
      throw new DatabaseOpenError(
        'migration-failed',
        `数据库升级到第 ${step.version} 版(${step.name})失败,已保持原状:${(err as Error).message}`,
      );
    }
  }
  return { from, to: await currentVersion(db), backupFile: null };
}
