import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DB_FILE_NAME, openCore } from '../../../src-main/core';
import { backupRuntime } from '../../../src-main/core/modules/backups';
import { defaultBackupFolder } from '../../../src-main/core/modules/backups/backup-settings';
import { LATEST_VERSION, MIGRATIONS } from '../../../src-main/core/modules';
import { call, expectOk, FakeCaller, TestClock, tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';
import { officeWithBackups } from './backup-harness';

/** A database as version 4 of the app left it: 杭州办事处 with its manager and reps. */
async function schema4Database(file: string): Promise<void> {
  await migrateFileWith(file, MIGRATIONS.slice(0, 4));
  const sqlite = new Database(file);
  seedV4Office(sqlite);
  sqlite.close();
}

const userVersion = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
};

describe('backups across versions', () => {
  it('migrates an older backup in a staged copy when restoring it', async () => {
    const o = await officeWithBackups();
    const old = 'regiondesk-manual-2026-11-01T02-00-00-000Z.sqlite';
    mkdirSync(o.folder, { recursive: true });
    await schema4Database(join(o.folder, old));

    const listed = expectOk(await call(o.core, o.manager, 'backups.list', {}));
    expect(listed.backups.find((b) => b.id === old)).toMatchObject({ check: 'ok', userVersion: 4 });
    const restored = expectOk(await call(o.core, o.manager, 'backups.restore', { id: old }));
    expect(restored).toMatchObject({ fromVersion: 4, toVersion: LATEST_VERSION });
    expect(userVersion(join(o.dataDir, DB_FILE_NAME))).toBe(LATEST_VERSION);
    // The backup itself is untouched (and nothing left beside it): an older build can still restore it.
    expect(readdirSync(o.folder).sort()).toEqual([old, `${old}.json`]);
    expect(userVersion(join(o.folder, old))).toBe(4);
    const status = expectOk(await call(o.core, new FakeCaller(), 'setup.status', {}));
    expect(status.office).toMatchObject({ officeName: '杭州办事处', regionCode: 'HD-03' });
  });

  it('lists the copy taken before an upgrade with the other backups, checked', async () => {
    const dataDir = tempDir();
    onTestFinished(() => rmSync(defaultBackupFolder(dataDir), { recursive: true, force: true }));
    await schema4Database(join(dataDir, DB_FILE_NAME));
    const core = await openCore({ dataDir, now: new TestClock('2026-12-01T02:00:00.000Z').now });
    onTestFinished(() => core.close());

    const { backups } = backupRuntime(dataDir).list();
    expect(backups).toEqual([
      expect.objectContaining({
        id: 'before-migration-v4-2026-12-01T02-00-00-000Z.sqlite',
        kind: 'preUpgrade',
        check: 'ok',
        userVersion: 4,
      }),
    ]);
  });
});
