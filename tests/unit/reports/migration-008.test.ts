import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office, seedV4Report } from '../../helpers/seed-v4';

const v8 = MIGRATIONS.findIndex((m) => m.name === '008-report-columns');

describe('008-report-columns', () => {
  it('marks a matter answered when its history has a decision, and indexes the board’s query', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    // The office as schema 4 kept it, brought up to the step before this one.
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v8));
    const seed = new Database(file);
    const answered = seedV4Report(seed, {
      form: 'F06',
      author: 2,
      period: '2026-11-26.1',
      status: 'submitted',
      data: {},
    });
    const waiting = seedV4Report(seed, {
      form: 'F06',
      author: 2,
      period: '2026-11-26.2',
      status: 'submitted',
      data: {},
    });
    const version = seed.prepare(
      `insert into report_versions (report_id, version, action, status, data, actor_id, at) values (?, ?, ?, 'submitted', '{}', 1, ?)`,
    );
    version.run(answered, 2, 'submit', '2026-11-26T04:00:00.000Z');
    version.run(answered, 3, 'decide', '2026-11-27T02:00:00.000Z');
    version.run(waiting, 2, 'submit', '2026-11-26T05:00:00.000Z');
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v8 + 1))).toMatchObject({ from: 7, to: 8 });
    const sqlite = new Database(file);
    try {
      expect(sqlite.prepare('select id, decided_at from reports order by id').all()).toEqual([
        { id: answered, decided_at: '2026-11-27T02:00:00.000Z' },
        { id: waiting, decided_at: null },
      ]);
      const plan = sqlite
        .prepare(
          `explain query plan select id from reports where form_code = 'F01' and period_start between '2026-01-01' and '2026-12-31'`,
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('reports_board');
    } finally {
      sqlite.close();
    }
  });
});
