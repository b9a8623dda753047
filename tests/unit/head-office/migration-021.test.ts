import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { SEED_AT, seedV4Office } from '../../helpers/seed-v4';

const v21 = MIGRATIONS.findIndex((m) => m.name === '021-bundles-out-of-rows');

describe('021-bundles-out-of-rows', () => {
  it('moves each stored bundle into the data folder under its hash and keeps only the hash in the row', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office, 'headOffice');
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v21));
    const zips = [Buffer.from('PK\u0003\u0004 十一月'), Buffer.from('PK\u0003\u0004 十二月')];
    const seed = new Database(file);
    seed
      .prepare(
        `insert into ho_offices (code, name, region, created_at, updated_at) values ('HD-03', '杭州办事处', '华东三区', ?, ?)`,
      )
      .run(SEED_AT, SEED_AT);
    const insert = seed.prepare(
      `insert into ho_bundles (office_code, period, revision, manifest_sha256, bytes, zip, exported_at, exported_by,
       head_office_due_at, office, gaps, key_fingerprint, imported_at, imported_by)
       values ('HD-03', ?, 1, 'abc', ?, ?, ?, '张伟', null, '{}', '[]', 'F1', ?, 1)`,
    );
    insert.run('2026-11', zips[0]!.length, zips[0], SEED_AT, SEED_AT);
    insert.run('2026-12', zips[1]!.length, zips[1], SEED_AT, SEED_AT);
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v21 + 1))).toMatchObject({ from: 20, to: 21 });
    const sqlite = new Database(file);
    try {
      const rows = sqlite
        .prepare('select period, bytes, zip_sha256 from ho_bundles order by period')
        .all() as {
        period: string;
        bytes: number;
        zip_sha256: string;
      }[];
      rows.forEach((row, i) => {
        const sha = createHash('sha256').update(zips[i]!).digest('hex');
        expect(row).toEqual({
          period: i === 0 ? '2026-11' : '2026-12',
          bytes: zips[i]!.length,
          zip_sha256: sha,
        });
        expect(readFileSync(join(dataDir, 'bundles-received', sha.slice(0, 2), sha))).toEqual(zips[i]);
      });
      const columns = (sqlite.pragma('table_info(ho_bundles)') as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('zip');
    } finally {
      sqlite.close();
    }
  });
});
