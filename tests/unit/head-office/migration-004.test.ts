import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';

const AT = '2026-12-04T02:00:00.000Z';
const v4 = MIGRATIONS.findIndex((m) => m.name === '004-head-office');

describe('004-head-office', () => {
  it('keeps an existing office an office and adds the head-office tables', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, v4));
    const seed = new Database(file);
    seed
      .prepare(
        `insert into office (id, company, region_code, region_name, coverage, office_name, address, phone, fax,
         created_at, updated_at) values (1, '江南康健医药有限公司', 'HD-03', '华东三区', '浙江', '杭州办事处', '', '', '0571', ?, ?)`,
      )
      .run(AT, AT);
    seed.close();

    const result = await migrateFileWith(file, MIGRATIONS.slice(0, v4 + 1));
    expect(result).toMatchObject({ from: 3, to: 4 });
    const sqlite = new Database(file);
    try {
      expect(sqlite.prepare('select mode from office').get()).toEqual({ mode: 'office' });
      expect(() => sqlite.prepare(`update office set mode = 'branch'`).run()).toThrow(/CHECK constraint/);
      const tables = sqlite
        .prepare(`select name from sqlite_master where type = 'table' and name like 'ho_%' order by name`)
        .pluck()
        .all();
      expect(tables).toEqual(['ho_bundle_files', 'ho_bundles', 'ho_office_keys', 'ho_offices', 'ho_reports']);
    } finally {
      sqlite.close();
    }
  });
});
