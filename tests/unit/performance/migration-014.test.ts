import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v14 = MIGRATIONS.findIndex((m) => m.name === '014-bonus-figures');

describe('014-bonus-figures', () => {
  it('keeps statements approved before it, without figures, and takes figures for new ones', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const seed = new Database(file);
    seedV4Office(seed);
    seed.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v14));
    const before = new Database(file);
    before
      .prepare(
        `insert into bonus_statements (user_id, month, total, lines, approved_by, approved_at)
         values (2, '2026-10', 2400, '[]', 1, '2026-11-03T02:00:00.000Z')`,
      )
      .run();
    before.close();
    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v14 + 1))).toMatchObject({ from: 13, to: 14 });

    const db = new Database(file);
    expect(db.prepare(`select total, figures from bonus_statements where month = '2026-10'`).get()).toEqual({
      total: 2400,
      figures: null,
    });
    db.prepare(
      `insert into bonus_statements (user_id, month, total, lines, figures, approved_by, approved_at)
       values (2, '2026-11', 2535, '[]', '{"score":88.6}', 1, '2026-12-03T02:00:00.000Z')`,
    ).run();
    expect(db.prepare(`select figures from bonus_statements where month = '2026-11'`).pluck().get()).toBe(
      '{"score":88.6}',
    );
    db.close();
  });
});
