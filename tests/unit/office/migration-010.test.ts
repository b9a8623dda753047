import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office, seedV4Report } from '../../helpers/seed-v4';

const v10 = MIGRATIONS.findIndex((m) => m.name === '010-office-start');

/** An office as schema 4 kept it (set up on 2 November), with reports for these periods, brought to schema 10. */
async function officeWithReports(periods: string[]): Promise<string> {
  const file = join(tempDir(), DB_FILE_NAME);
  await migrateFileWith(file, MIGRATIONS.slice(0, 4));
  const seed = new Database(file);
  seedV4Office(seed);
  for (const period of periods) seedV4Report(seed, { form: 'F01', author: 2, period, data: {} });
  seed.close();
  await migrateFileWith(file, MIGRATIONS.slice(0, v10));
  expect(await migrateFileWith(file, MIGRATIONS.slice(0, v10 + 1))).toMatchObject({ from: 9, to: 10 });
  return file;
}

const startDateOf = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare('select start_date from office').get() as { start_date: string }).start_date;
  } finally {
    sqlite.close();
  }
};

describe('010-office-start', () => {
  it('starts an office on its setup day', async () => {
    expect(startDateOf(await officeWithReports(['2026-11-03', '2026-11-04']))).toBe('2026-11-02');
  });

  it('starts it on the first period it filed when it entered earlier paper forms', async () => {
    expect(startDateOf(await officeWithReports(['2026-10-28', '2026-11-03']))).toBe('2026-10-28');
  });
});
