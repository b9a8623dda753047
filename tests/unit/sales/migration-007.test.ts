import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office, seedV4Report } from '../../helpers/seed-v4';

const v7 = MIGRATIONS.findIndex((m) => m.name === '007-sales-figures');
const SUBMITTED = '2026-12-02T08:00:00.000Z';

describe('007-sales-figures', () => {
  it('takes each handed-in month summary’s figures as its author’s figures for the month', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    // The office as schema 4 kept it, brought up to the step before this one.
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v7));
    const seed = new Database(file);
    const handedIn = seedV4Report(seed, {
      form: 'F04',
      author: 2,
      period: '2026-11',
      status: 'approved',
      submittedAt: SUBMITTED,
      data: { salesTarget: 500000, salesActual: 462000.5, collectionTarget: 400000, keyWork: '…' },
    });
    // A draft never handed in is nobody's figure yet.
    seedV4Report(seed, { form: 'F04', author: 3, period: '2026-11', data: { salesTarget: 1 } });
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v7 + 1))).toMatchObject({ from: 6, to: 7 });
    const sqlite = new Database(file);
    try {
      expect(sqlite.prepare('select * from sales_figures').all()).toEqual([
        {
          user_id: 2,
          month: '2026-11',
          source: 'report',
          sales_target: 500000,
          sales_actual: 462000.5,
          collection_target: 400000,
          collection_actual: null,
          report_id: handedIn,
          updated_at: SUBMITTED,
          updated_by: 2,
        },
      ]);
      expect(() =>
        sqlite
          .prepare(
            `insert into sales_figures (user_id, month, source, updated_at) values (2, '2026-11', 'guess', '')`,
          )
          .run(),
      ).toThrow(/CHECK constraint/);
    } finally {
      sqlite.close();
    }
  });
});
