import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openCore } from '../../../src-main/core';
import { openConnection } from '../../../src-main/core/db/connection';
import { migrate } from '../../../src-main/core/db/migrate';
import { POSTGRES_MIGRATIONS } from '../../../src-main/core/db/postgres/migrations';
import { LATEST_VERSION, MIGRATIONS } from '../../../src-main/core/modules';
import { call, FakeCaller, MANAGER, OFFICE, queryRows, tempDir } from '../../helpers/core-harness';
import { createTestDatabase, openTestDb } from '../../helpers/test-database';

async function sqliteColumns(): Promise<Map<string, Set<string>>> {
  const conn = openConnection(join(tempDir(), 'schema.sqlite'));
  onTestFinished(() => {
    conn.sqlite.close();
  });
  await migrate(conn.sqlite, conn.db, {
    backupDir: tempDir(),
    now: () => new Date(),
    migrations: MIGRATIONS,
  });
  const tables = await conn.db.introspection.getTables();
  return new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
}

describe('head office on PostgreSQL', () => {
  it('has every table and column of the SQLite schema, at the same version', async () => {
    const url = await createTestDatabase();
    const pg = openTestDb({ dbFile: '', databaseUrl: url });
    const pgTables = new Map(
      (await pg.introspection.getTables()).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]),
    );
    const missing: string[] = [];
    for (const [table, columns] of await sqliteColumns()) {
      if (table === 'sqlite_sequence') continue;
      const there = pgTables.get(table);
      if (!there) missing.push(table);
      else for (const c of columns) if (!there.has(c)) missing.push(`${table}.${c}`);
    }
    expect(missing).toEqual([]);
    expect(POSTGRES_MIGRATIONS.at(-1)!.version).toBe(LATEST_VERSION);
    expect(await queryRows({ dbFile: '', databaseUrl: url }, 'select version from schema_version')).toEqual([
      { version: LATEST_VERSION },
    ]);
  });

  it('compares user names case-insensitively and keeps the channel case log append-only', async () => {
    const url = await createTestDatabase();
    const db = { dbFile: '', databaseUrl: url };
    await queryRows(
      db,
      `insert into users (username, display_name, role, password_hash, created_at, updated_at)
       values ('Zhang.Wei', '张伟', 'manager', 'x', '2026-12-01', '2026-12-01')`,
    );
    expect(await queryRows(db, 'select display_name from users where username = ?', 'zhang.wei')).toEqual([
      { display_name: '张伟' },
    ]);
    await expect(
      queryRows(
        db,
        `insert into users (username, display_name, role, password_hash, created_at, updated_at)
         values ('ZHANG.WEI', '另一人', 'rep', 'x', '2026-12-01', '2026-12-01')`,
      ),
    ).rejects.toThrow(/unique/);
    const h = 'a'.repeat(64);
    await queryRows(
      db,
      `insert into channel_cases (found_on, sale_date, place, product_code, batch_no, quantity, sale_price_fen,
         reporter_id, status, log_head, log_count, created_by, created_at, updated_at)
       values ('2026-12-01', '2026-11-30', '杭州', 'KJ-100', '20261101', 1, 100, 1, 'registered', ?, 1, 1, 'x', 'x')`,
      h,
    );
    await queryRows(
      db,
      `insert into channel_case_log (case_id, seq, at, by, kind, data, prev_hash, hash)
       values (1, 1, '2026-12-01', 1, 'registered', '{}', ?, ?)`,
      h,
      h,
    );
    await expect(queryRows(db, `update channel_case_log set kind = 'x'`)).rejects.toThrow(/append-only/);
    await expect(queryRows(db, 'delete from channel_case_log')).rejects.toThrow(/append-only/);
    await expect(
      queryRows(db, `select json_valid('{"a":1}') as ok, json_valid('{') as bad`),
    ).resolves.toEqual([{ ok: true, bad: false }]);
  });

  it('refuses to set up an office on PostgreSQL, in Chinese, and stores nothing', async () => {
    const url = await createTestDatabase();
    const core = await openCore({ dataDir: tempDir(), database: url });
    onTestFinished(() => core.close());
    const result = await call(core, new FakeCaller(), 'setup.initialize', {
      mode: 'office',
      office: OFFICE,
      manager: MANAGER,
    });
    expect(result.ok ? null : result.error.message).toContain('只有销售部(总部)可以使用');
    expect(await queryRows({ dbFile: '', databaseUrl: url }, 'select count(*) as n from office')).toEqual([
      { n: 0 },
    ]);
  });
});
