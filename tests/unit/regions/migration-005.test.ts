import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v5 = MIGRATIONS.findIndex((m) => m.name === '005-regions');

describe('005-regions', () => {
  it('makes the office’s region a row and gives everyone a dated membership of it', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, v5));
    const seed = new Database(file);
    seedV4Office(seed);
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v5 + 1))).toMatchObject({ from: 4, to: 5 });
    const sqlite = new Database(file);
    try {
      expect(
        sqlite.prepare('select code, name, coverage, market_tier, customer_types from regions').all(),
      ).toEqual([
        {
          code: 'HD-03',
          name: '华东三区',
          coverage: '浙江省杭州市、绍兴市',
          market_tier: '',
          customer_types: '[]',
        },
      ]);
      const columns = (sqlite.pragma('table_info(office)') as { name: string }[]).map((c) => c.name);
      expect(columns).toContain('region_id');
      expect(columns).not.toContain('region_code');
      expect(sqlite.prepare('select region_id from office').get()).toEqual({ region_id: 1 });
      // Office days (UTC+8); 李军 was deactivated, so his membership ended the day of that change.
      expect(
        sqlite
          .prepare('select user_id, role, from_day, to_day from region_assignments order by user_id')
          .all(),
      ).toEqual([
        { user_id: 1, role: 'manager', from_day: '2026-11-02', to_day: null },
        { user_id: 2, role: 'rep', from_day: '2026-11-02', to_day: null },
        { user_id: 3, role: 'rep', from_day: '2026-11-02', to_day: '2026-11-21' },
      ]);
      expect(() =>
        sqlite.prepare(`update region_assignments set to_day = '2026-10-01' where user_id = 1`).run(),
      ).toThrow(/CHECK constraint/);
    } finally {
      sqlite.close();
    }
  });

  it('gives head office a region per office it imported, and no memberships', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, v5));
    const seed = new Database(file);
    seedV4Office(seed, 'headOffice');
    seed
      .prepare(`insert into ho_offices (code, name, region, created_at, updated_at) values (?, ?, ?, ?, ?)`)
      .run('SH-01', '上海办事处', '华东一区', '2026-11-05T00:00:00.000Z', '2026-11-05T00:00:00.000Z');
    seed.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v5 + 1));
    const sqlite = new Database(file);
    try {
      expect(sqlite.prepare('select code, name from regions order by id').all()).toEqual([
        { code: 'HD-03', name: '华东三区' },
        { code: 'SH-01', name: '华东一区' },
      ]);
      expect(sqlite.prepare('select count(*) as n from region_assignments').get()).toEqual({ n: 0 });
    } finally {
      sqlite.close();
    }
  });
});
