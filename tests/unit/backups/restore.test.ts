import { existsSync, openSync, readdirSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src-main/core/modules';
import { call, expectError, expectOk, MANAGER, signIn } from '../../helpers/core-harness';
import { officeWithBackups, repMonthlyDay, setRepMonthlyDay } from './backup-harness';

/** What the data folder holds besides the database itself (kept and staged copies). */
const sqliteFiles = (dataDir: string) =>
  readdirSync(dataDir)
    .filter((f) => f.includes('.sqlite'))
    .sort();

describe('restore', () => {
  it('puts a backup back, keeps the replaced database beside it, and can undo', async () => {
    const o = await officeWithBackups();
    await setRepMonthlyDay(o.core, o.manager, 5);
    const backup = expectOk(await call(o.core, o.manager, 'backups.create', {}));
    expect(backup).toMatchObject({ kind: 'manual', check: 'ok', userVersion: LATEST_VERSION });
    expect(backup.bytes).toBeGreaterThan(0);
    await setRepMonthlyDay(o.core, o.manager, 9);

    o.clock.advance(60_000);
    const restored = expectOk(await call(o.core, o.manager, 'backups.restore', { id: backup.id }));
    expect(restored).toMatchObject({ restoredFrom: backup.id, fromVersion: LATEST_VERSION });
    expect(restored.keptAs).toMatch(/^regiondesk\.before-restore-.*\.sqlite$/);
    // The very next call reads the restored database.
    const manager = await signIn(o.core, MANAGER.username, MANAGER.password);
    expect(await repMonthlyDay(o.core, manager)).toBe(5);
    // The replaced database is kept whole beside it, its WAL checkpointed into it.
    const kept = new Database(join(o.dataDir, restored.keptAs), { readonly: true });
    const value = kept.prepare(`select value from settings where key = 'deadlines'`).pluck().get() as string;
    kept.close();
    expect(JSON.parse(value).repMonthlyDay).toBe(9);
    const list = expectOk(await call(o.core, manager, 'backups.list', {}));
    expect(list.kept.map((k) => k.id)).toEqual([restored.keptAs]);
    // Writing goes on in the restored database.
    await setRepMonthlyDay(o.core, manager, 7);
    expect(await repMonthlyDay(o.core, manager)).toBe(7);

    o.clock.advance(60_000);
    const undone = expectOk(await call(o.core, manager, 'backups.undoRestore', { id: restored.keptAs }));
    expect(undone.restoredFrom).toBe(restored.keptAs);
    const again = await signIn(o.core, MANAGER.username, MANAGER.password);
    expect(await repMonthlyDay(o.core, again)).toBe(9);
    expect(sqliteFiles(o.dataDir).filter((f) => f.startsWith('regiondesk.restore-'))).toEqual([]);
  });

  it('marks a damaged backup 损坏 and refuses it, leaving the live database as it was', async () => {
    const o = await officeWithBackups();
    const backup = expectOk(await call(o.core, o.manager, 'backups.create', {}));
    await setRepMonthlyDay(o.core, o.manager, 9);
    // A disk error: every page after the first overwritten.
    const file = join(o.folder, backup.id);
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    closeSync(fd);
    const before = sqliteFiles(o.dataDir);

    const listed = expectOk(await call(o.core, o.manager, 'backups.list', {}));
    expect(listed.backups.find((b) => b.id === backup.id)).toMatchObject({ check: 'corrupt' });
    const err = expectError(
      await call(o.core, o.manager, 'backups.restore', { id: backup.id }),
      'INVALID_STATE',
    );
    expect(err.message).toMatch(/已损坏.*当前数据没有任何改动/);
    expect(await repMonthlyDay(o.core, o.manager)).toBe(9);
    expect(sqliteFiles(o.dataDir)).toEqual(before);
  });

  it('refuses a backup written by a newer version with the advice to install it', async () => {
    const o = await officeWithBackups();
    const backup = expectOk(await call(o.core, o.manager, 'backups.create', {}));
    await setRepMonthlyDay(o.core, o.manager, 9);
    const newer = new Database(join(o.folder, backup.id));
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();

    const err = expectError(
      await call(o.core, o.manager, 'backups.restore', { id: backup.id }),
      'INVALID_STATE',
    );
    expect(err.message).toContain(`数据版本 ${LATEST_VERSION + 1}`);
    expect(err.message).toContain('请先安装最新版本');
    expect(await repMonthlyDay(o.core, o.manager)).toBe(9);
    expect(sqliteFiles(o.dataDir).filter((f) => !f.startsWith('regiondesk.sqlite'))).toEqual([]);
  });

  it('refuses a backup that is not there any more', async () => {
    const o = await officeWithBackups();
    const err = expectError(
      await call(o.core, o.manager, 'backups.restore', {
        id: 'regiondesk-manual-2026-11-26T02-00-00-000Z.sqlite',
      }),
      'NOT_FOUND',
    );
    expect(err.message).toContain('找不到备份');
    expect(existsSync(join(o.dataDir, 'regiondesk.sqlite'))).toBe(true);
  });
});
