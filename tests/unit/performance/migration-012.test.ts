import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v12 = MIGRATIONS.findIndex((m) => m.name === '012-bonus');

describe('012-bonus', () => {
  it('keeps one approved statement per rep and month, and only positive deductions', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const seed = new Database(file);
    seedV4Office(seed);
    seed.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v12));
    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v12 + 1))).toMatchObject({ from: 11, to: 12 });

    const db = new Database(file);
    db.pragma('foreign_keys = on');
    const statement = db.prepare(
      `insert into bonus_statements (user_id, month, total, lines, approved_by, approved_at)
       values (2, ?, ?, '[]', 1, '2026-12-01T00:00:00.000Z')`,
    );
    statement.run('2026-11', 2400);
    expect(() => statement.run('2026-11', 2400)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => statement.run('2026-12', -1)).toThrow(/CHECK/);
    const deduction = db.prepare(
      `insert into bonus_deductions (user_id, month, amount, reason, kind, created_at, created_by)
       values (?, '2026-11', ?, '样品遗失', 'manual', '2026-12-01T00:00:00.000Z', 1)`,
    );
    deduction.run(2, 150);
    expect(() => deduction.run(2, 0)).toThrow(/CHECK/);
    expect(() => deduction.run(999, 10)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
