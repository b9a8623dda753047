import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v16 = MIGRATIONS.findIndex((m) => m.name === '016-attachments');
const SHA = 'a3f1c2'.padEnd(64, '0');

describe('016-attachments', () => {
  it('keeps evidence files by hash, size and who stored them, refusing rows no file could match', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v16));

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v16 + 1))).toMatchObject({ to: 16 });
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      const add = sqlite.prepare(
        `insert into attachments (sha256, file_name, mime, bytes, created_by, created_at)
         values (?, ?, 'application/pdf', ?, ?, '2026-12-01T02:00:00.000Z')`,
      );
      add.run(SHA, '合同.pdf', 1024, 2);
      // The same bytes under another name: two records, one file.
      add.run(SHA, '合同副本.pdf', 1024, 1);
      expect(sqlite.prepare('select file_name from attachments where sha256 = ?').pluck().all(SHA)).toEqual([
        '合同.pdf',
        '合同副本.pdf',
      ]);
      expect(() => add.run('not-a-hash', 'x.pdf', 10, 2)).toThrow(/CHECK/);
      expect(() => add.run(SHA.toUpperCase(), 'x.pdf', 10, 2)).toThrow(/CHECK/);
      expect(() => add.run(SHA, 'x.pdf', 0, 2)).toThrow(/CHECK/);
      expect(() => add.run(SHA, 'x.pdf', 10, 99)).toThrow(/FOREIGN KEY/);
      const plan = (
        sqlite.prepare(`explain query plan select id from attachments where sha256 = ?`).all(SHA) as {
          detail: string;
        }[]
      )
        .map((p) => p.detail)
        .join(' ');
      expect(plan).toContain('attachments_sha256');
    } finally {
      sqlite.close();
    }
  });
});
