import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v11 = MIGRATIONS.findIndex((m) => m.name === '011-sales-targets');

/** An office as schema 10 kept it, brought to schema 11. */
async function upgraded(): Promise<Database.Database> {
  const file = join(tempDir(), DB_FILE_NAME);
  await migrateFileWith(file, MIGRATIONS.slice(0, 4));
  const seed = new Database(file);
  seedV4Office(seed);
  seed.close();
  await migrateFileWith(file, MIGRATIONS.slice(0, v11));
  expect(await migrateFileWith(file, MIGRATIONS.slice(0, v11 + 1))).toMatchObject({ from: 10, to: 11 });
  const db = new Database(file);
  db.pragma('foreign_keys = on');
  return db;
}

describe('011-sales-targets', () => {
  it('keeps one target per region or rep, year and metric, and only non-negative months', async () => {
    const db = await upgraded();
    const target = db.prepare(
      `insert into sales_targets (year, scope, user_id, metric, method, created_at, created_by)
       values (?, ?, ?, 'sales', 'equal', '2026-12-01T00:00:00.000Z', 1)`,
    );
    target.run(2027, 'region', null);
    expect(() => target.run(2027, 'region', null)).toThrow(/UNIQUE/);
    target.run(2028, 'region', null);
    target.run(2027, 'rep', 2);
    expect(() => target.run(2027, 'rep', 2)).toThrow(/UNIQUE/);
    // A region's target names no one; a rep's names a user.
    expect(() => target.run(2029, 'rep', null)).toThrow(/CHECK/);
    expect(() => target.run(2029, 'region', 2)).toThrow(/CHECK/);

    db.prepare(
      `insert into sales_target_versions (target_id, version, quarter, reason, requested_by, approved_by, at)
       values (1, 1, null, '设定年度目标', '张伟', 1, '2026-12-01T00:00:00.000Z')`,
    ).run();
    const month = db.prepare(
      'insert into sales_target_months (target_id, version, month, amount) values (1, ?, ?, ?)',
    );
    month.run(1, 1, 100);
    expect(() => month.run(1, 2, -1)).toThrow(/CHECK/);
    expect(() => month.run(1, 13, 1)).toThrow(/CHECK/);
    // Months belong to a recorded version.
    expect(() => month.run(2, 1, 1)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
