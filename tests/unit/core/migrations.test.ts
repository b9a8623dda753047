import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openConnection } from '../../../src-main/core/db/connection';
import { migrate } from '../../../src-main/core/db/migrate';
import type { Migration } from '../../../src-main/core/db/migrations';
import { LATEST_VERSION, MIGRATIONS } from '../../../src-main/core/modules';
import { DB_FILE_NAME, openCore } from '../../../src-main/core';
import { TestClock, tableChecksums, tempDir } from '../../helpers/core-harness';

const clock = new TestClock('2026-11-26T02:00:00.000Z');
const v1 = MIGRATIONS[0]!;

/** Opens a database file, runs the given migrations and closes it again. */
async function migrateFile(file: string, backupDir: string, migrations: readonly Migration[] = MIGRATIONS) {
  const conn = openConnection(file);
  try {
    return await migrate(conn.sqlite, conn.db, { backupDir, now: clock.now, migrations });
  } finally {
    await conn.db.destroy();
  }
}

function withDb<T>(file: string, fn: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(file);
  try {
    return fn(sqlite);
  } finally {
    sqlite.close();
  }
}

const columnsOf = (sqlite: Database.Database, table: string) =>
  (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
const userVersion = (sqlite: Database.Database) => Number(sqlite.pragma('user_version', { simple: true }));
const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const AT = '2026-11-26T02:00:00.000Z';
function seedOffice(sqlite: Database.Database) {
  sqlite
    .prepare(
      `insert into office (id, company, region_code, region_name, coverage, office_name, address, phone, fax,
       created_at, updated_at) values (1, '江南康健医药有限公司', 'HD-03', '华东三区', '浙江省杭州市', '杭州办事处',
       '文三路478号', '0571-88231456', '0571-88231457', ?, ?)`,
    )
    .run(AT, AT);
  const addUser = sqlite.prepare(
    `insert into users (username, display_name, role, password_hash, created_at, updated_at)
     values (?, ?, ?, 'scrypt$x', ?, ?)`,
  );
  addUser.run('zhangwei', '张伟', 'manager', AT, AT);
  addUser.run('wangfang', '王芳', 'rep', AT, AT);
}

const insertReport = (sqlite: Database.Database, authorId: number, period: string) =>
  sqlite
    .prepare(
      `insert into reports (form_code, author_id, period_key, status, data, version, entered_by,
       created_at, updated_at, created_by, updated_by) values ('F01', ?, ?, 'draft', '{}', 1, ?, ?, ?, ?, ?)`,
    )
    .run(authorId, period, authorId, AT, AT, authorId, authorId);

describe('002-periods-settings', () => {
  it('gives existing daily reports their period range and adds settings', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFile(file, join(tempDir(), 'backups'), [v1]);
    withDb(file, (sqlite) => {
      seedOffice(sqlite);
      insertReport(sqlite, 2, '2026-11-26');
    });
    const result = await migrateFile(file, join(tempDir(), 'backups'), MIGRATIONS.slice(0, 2));
    expect(result.from).toBe(1);
    expect(result.to).toBe(2);
    expect(result.backupFile).not.toBeNull();
    withDb(file, (sqlite) => {
      expect(userVersion(sqlite)).toBe(2);
      const row = sqlite.prepare('select period_start, period_end, prefilled, event_at from reports').get();
      expect(row).toEqual({
        period_start: '2026-11-26',
        period_end: '2026-11-26',
        prefilled: '{}',
        event_at: null,
      });
      expect(columnsOf(sqlite, 'settings')).toEqual(['key', 'value', 'updated_at', 'updated_by']);
    });
  });
});

describe('001-initial', () => {
  it('creates every table with its columns and sets user_version 1', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    const result = await migrateFile(file, join(tempDir(), 'backups'), [v1]);
    expect(result).toEqual({ from: 0, to: 1, backupFile: null });
    withDb(file, (sqlite) => {
      expect(userVersion(sqlite)).toBe(1);
      expect(columnsOf(sqlite, 'office')).toEqual(
        'id company region_code region_name coverage office_name address phone fax created_at updated_at'.split(
          ' ',
        ),
      );
      expect(columnsOf(sqlite, 'users')).toEqual(
        'id username display_name role password_hash active phone created_at updated_at created_by updated_by'.split(
          ' ',
        ),
      );
      expect(columnsOf(sqlite, 'sessions')).toEqual(['token_hash', 'user_id', 'created_at', 'last_seen_at']);
      expect(columnsOf(sqlite, 'customers')).toEqual(
        'id name type grade address contact contact_title phone owner_id created_at updated_at created_by updated_by'.split(
          ' ',
        ),
      );
      expect(columnsOf(sqlite, 'reports')).toEqual(
        [
          'id form_code author_id period_key status data version entered_by due_at submitted_at on_time',
          'reviewer_id reviewed_at review_comment created_at updated_at created_by updated_by',
        ]
          .join(' ')
          .split(' '),
      );
      expect(columnsOf(sqlite, 'report_versions')).toEqual(
        'id report_id version action status data comment actor_id at'.split(' '),
      );
      expect(columnsOf(sqlite, 'audit_log')).toEqual(
        'id at actor_id action entity entity_id detail'.split(' '),
      );
    });
  });

  it('enforces one report per form, author and period, and the other constraints', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFile(file, tempDir(), [v1]);
    withDb(file, (sqlite) => {
      sqlite.pragma('foreign_keys = ON');
      seedOffice(sqlite);
      insertReport(sqlite, 2, '2026-11-26');
      expect(() => insertReport(sqlite, 2, '2026-11-26')).toThrow(/UNIQUE constraint failed/);
      // The same day for another author, and another day for the same author, are separate reports.
      expect(() => insertReport(sqlite, 1, '2026-11-26')).not.toThrow();
      expect(() => insertReport(sqlite, 2, '2026-11-27')).not.toThrow();
      expect(() => insertReport(sqlite, 99, '2026-11-26')).toThrow(/FOREIGN KEY constraint failed/);
      expect(() => sqlite.prepare(`update reports set status = 'lost' where id = 1`).run()).toThrow(/CHECK/);
      expect(() => sqlite.prepare(`update users set role = 'boss' where id = 2`).run()).toThrow(/CHECK/);
      expect(() =>
        sqlite
          .prepare(
            `insert into users (username, display_name, role, password_hash, created_at, updated_at)
                    values ('WangFang', '王芳2', 'rep', 'x', ?, ?)`,
          )
          .run(AT, AT),
      ).toThrow(/UNIQUE constraint failed: users.username/);
      expect(() =>
        sqlite
          .prepare(
            `insert into office select 2, company, region_code, region_name, coverage, office_name,
                        address, phone, fax, created_at, updated_at from office`,
          )
          .run(),
      ).toThrow(/CHECK/);
      const addCustomer = sqlite.prepare(
        `insert into customers (name, created_at, updated_at, created_by, updated_by) values (?, ?, ?, 1, 1)`,
      );
      addCustomer.run('ABC医药连锁', AT, AT);
      expect(() => addCustomer.run('abc医药连锁', AT, AT)).toThrow(
        /UNIQUE constraint failed: customers.name/,
      );
    });
  });
});

describe('migrate', () => {
  it('refuses a database written by a newer app and leaves the file as it was', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, DB_FILE_NAME);
    await migrateFile(file, join(dataDir, 'backups'), MIGRATIONS.slice(0, 4));
    withDb(file, (sqlite) => {
      seedOffice(sqlite);
      sqlite.pragma(`user_version = ${LATEST_VERSION + 3}`);
    });
    const before = fileHash(file);
    const tablesBefore = tableChecksums(file);

    const conn = openConnection(file);
    const refused = await migrate(conn.sqlite, conn.db, {
      backupDir: join(dataDir, 'backups'),
      now: clock.now,
      migrations: MIGRATIONS,
    })
      .then(() => null)
      .catch((e: unknown) => e);
    await conn.db.destroy();
    expect(refused).toBeInstanceOf(DatabaseOpenError);
    expect((refused as DatabaseOpenError).reason).toBe('too-new');
    expect((refused as DatabaseOpenError).message).toContain('更新版本');

    await expect(openCore({ dataDir, now: clock.now })).rejects.toMatchObject({ reason: 'too-new' });
    expect(fileHash(file)).toBe(before);
    expect(tableChecksums(file)).toEqual(tablesBefore);
    expect(withDb(file, userVersion)).toBe(LATEST_VERSION + 3);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('copies an existing database to the backup folder before migrating it', async () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE_NAME);
    const backupDir = join(dir, 'backups');
    await migrateFile(file, backupDir, [v1]);
    withDb(file, seedOffice);
    const v2: Migration = {
      version: 2,
      name: '002-customer-region',
      up: async (db) => {
        await db.schema
          .alterTable('customers')
          .addColumn('region_code', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      },
    };

    const result = await migrateFile(file, backupDir, [v1, v2]);
    expect(result.from).toBe(1);
    expect(result.to).toBe(2);
    expect(result.backupFile).toBe(join(backupDir, 'before-migration-v1-2026-11-26T02-00-00-000Z.sqlite'));
    expect(readdirSync(backupDir)).toHaveLength(1);
    withDb(result.backupFile!, (backup) => {
      expect(userVersion(backup)).toBe(1);
      expect(columnsOf(backup, 'customers')).not.toContain('region_code');
      expect(backup.prepare('select display_name from users order by id').pluck().all()).toEqual([
        '张伟',
        '王芳',
      ]);
    });
    withDb(file, (sqlite) => {
      expect(userVersion(sqlite)).toBe(2);
      expect(columnsOf(sqlite, 'customers')).toContain('region_code');
    });
    // Already current: nothing to do, no second copy.
    expect(await migrateFile(file, backupDir, [v1, v2])).toEqual({ from: 2, to: 2, backupFile: null });
    expect(readdirSync(backupDir)).toHaveLength(1);
  });

  it('rolls a failing step back completely: same user_version, no half-made tables', async () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE_NAME);
    await migrateFile(file, join(dir, 'backups'), [v1]);
    withDb(file, seedOffice);
    const before = tableChecksums(file);
    const broken: Migration = {
      version: 2,
      name: '002-targets',
      up: async (db) => {
        await db.schema
          .createTable('sales_targets')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .execute();
        await sql`alter table customers add column region_code text`.execute(db);
        await sql`insert into no_such_table values (1)`.execute(db);
      },
    };
    const err = await migrateFile(file, join(dir, 'backups'), [v1, broken]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseOpenError);
    expect((err as DatabaseOpenError).reason).toBe('migration-failed');
    expect((err as DatabaseOpenError).message).toContain('002-targets');
    withDb(file, (sqlite) => {
      expect(userVersion(sqlite)).toBe(1);
      expect(columnsOf(sqlite, 'sales_targets')).toEqual([]);
      expect(columnsOf(sqlite, 'customers')).not.toContain('region_code');
    });
    expect(tableChecksums(file)).toEqual(before);
  });

  it('leaves a new database empty at version 0 when its first step fails', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    const broken: Migration = {
      version: 1,
      name: '001-initial',
      up: async (db) => {
        await v1.up(db);
        throw new Error('磁盘已满');
      },
    };
    await expect(migrateFile(file, tempDir(), [broken])).rejects.toMatchObject({
      reason: 'migration-failed',
    });
    withDb(file, (sqlite) => {
      expect(userVersion(sqlite)).toBe(0);
      expect(sqlite.prepare("select count(*) from sqlite_master where type = 'table'").pluck().get()).toBe(0);
    });
  });
});

describe('openConnection', () => {
  it('sets WAL, foreign keys, synchronous FULL and a busy timeout', async () => {
    const conn = openConnection(join(tempDir(), DB_FILE_NAME));
    try {
      expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(Number(conn.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    } finally {
      await conn.db.destroy();
    }
  });
});
