import { join } from 'node:path';
import { openConnection } from '../../src-main/core/db/connection';
import { migrate } from '../../src-main/core/db/migrate';
import type { Migration } from '../../src-main/core/db/migrations';
import { TestClock, tempDir } from './core-harness';

const clock = new TestClock('2026-12-04T02:00:00.000Z');

/** Migrates a database file with the given steps only, as an older or newer build would. */
export async function migrateFileWith(file: string, migrations: readonly Migration[]) {
  const conn = openConnection(file);
  try {
    return await migrate(conn.sqlite, conn.db, {
      backupDir: join(tempDir(), 'backups'),
      now: clock.now,
      migrations,
    });
  } finally {
    await conn.db.destroy();
  }
}
