import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { SEED_AT, seedV4Office } from '../../helpers/seed-v4';

const v9 = MIGRATIONS.findIndex((m) => m.name === '009-bundle-sections');
const PEOPLE = JSON.stringify([{ id: 1, name: '张伟', role: 'manager' }]);
const CUSTOMERS = JSON.stringify([{ id: 4, name: '杭州市第一人民医院' }]);

describe('009-bundle-sections', () => {
  it('keeps each imported bundle’s people and customers as sections of version 1', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    // The office as schema 4 kept it, brought up to the step before this one.
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office, 'headOffice');
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v9));
    const seed = new Database(file);
    seed
      .prepare(
        `insert into ho_offices (code, name, region, created_at, updated_at) values ('HD-03', '杭州办事处', '华东三区', ?, ?)`,
      )
      .run(SEED_AT, SEED_AT);
    seed
      .prepare(
        `insert into ho_bundles (office_code, period, revision, manifest_sha256, bytes, zip, exported_at, exported_by,
         head_office_due_at, office, people, customers, gaps, key_fingerprint, imported_at, imported_by)
         values ('HD-03', '2026-11', 1, 'abc', 3, x'504b03', ?, '张伟', null, '{}', ?, ?, '[]', 'F1', ?, 1)`,
      )
      .run(SEED_AT, PEOPLE, CUSTOMERS, SEED_AT);
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v9 + 1))).toMatchObject({ from: 8, to: 9 });
    const sqlite = new Database(file);
    try {
      expect(sqlite.prepare('select * from ho_bundle_sections order by name').all()).toEqual([
        { bundle_id: 1, name: 'customers', version: 1, data: CUSTOMERS },
        { bundle_id: 1, name: 'people', version: 1, data: PEOPLE },
      ]);
      const columns = (sqlite.pragma('table_info(ho_bundles)') as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('people');
      expect(columns).not.toContain('customers');
      expect(columns).toContain('gaps');
    } finally {
      sqlite.close();
    }
  });
});
