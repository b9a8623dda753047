import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { DB_FILE_NAME } from '../../../src-main/core';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';

const AT = '2026-12-04T02:00:00.000Z';
const v3 = MIGRATIONS.findIndex((m) => m.name === '003-bundle-exports');

describe('003-bundle-exports', () => {
  it('adds the bundle_exports table to a version 2 database, one revision per month', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, v3));
    const seed = new Database(file);
    seed
      .prepare(
        `insert into users (username, display_name, role, password_hash, created_at, updated_at)
         values ('zhangwei', '张伟', 'manager', 'scrypt$x', ?, ?)`,
      )
      .run(AT, AT);
    seed.close();

    const result = await migrateFileWith(file, MIGRATIONS.slice(0, v3 + 1));
    expect(result).toMatchObject({ from: 2, to: 3 });
    expect(result.backupFile).not.toBeNull();

    const sqlite = new Database(file);
    try {
      sqlite.pragma('foreign_keys = ON');
      expect(Number(sqlite.pragma('user_version', { simple: true }))).toBe(3);
      const columns = (sqlite.pragma('table_info(bundle_exports)') as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(
        'id period revision files bytes sha256 report_ids gaps superseded_by created_at created_by'.split(
          ' ',
        ),
      );
      const insert = (period: string, revision: number, by = 1) =>
        sqlite
          .prepare(
            `insert into bundle_exports (period, revision, files, bytes, sha256, report_ids, gaps, created_at, created_by)
             values (?, ?, '[]', 0, '', '[]', '[]', ?, ?)`,
          )
          .run(period, revision, AT, by);
      insert('2026-11', 1);
      insert('2026-11', 2);
      insert('2026-10', 1);
      expect(() => insert('2026-11', 2)).toThrow(/UNIQUE constraint failed/);
      expect(() => insert('2026-12', 0)).toThrow(/CHECK constraint failed/);
      expect(() => insert('2026-12', 1, 99)).toThrow(/FOREIGN KEY constraint failed/);
    } finally {
      sqlite.close();
    }
  });
});
