import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../src-main/core';
import { tempDir } from './core-harness';

const FIXTURES = join(__dirname, '../fixtures/db');

/** A data folder holding a database an earlier release wrote (tests/fixtures/db), as it left it. */
export function restoredDataDir(name: 'office-v4' | 'head-office-v4'): { dataDir: string; dbFile: string } {
  const dataDir = tempDir('regiondesk-fixture-');
  const dbFile = join(dataDir, DB_FILE_NAME);
  writeFileSync(dbFile, gunzipSync(readFileSync(join(FIXTURES, `${name}.sqlite.gz`))));
  return { dataDir, dbFile };
}

/** Every row of a table in rowid order, read directly from a database file. */
export function tableRows(dbFile: string, table: string, columns = '*'): Record<string, unknown>[] {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(`select ${columns} from "${table}" order by rowid`).all() as Record<
      string,
      unknown
    >[];
  } finally {
    sqlite.close();
  }
}
