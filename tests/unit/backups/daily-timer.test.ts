import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { startBackups } from '../../../src-main/core/modules/backups';
import { HOUR, openTestCore } from '../../helpers/core-harness';
import { officeWithBackups } from './backup-harness';
import { defaultBackupFolder } from '../../../src-main/core/modules/backups/backup-settings';

const dailies = (folder: string) =>
  existsSync(folder) ? readdirSync(folder).filter((f) => /^regiondesk-daily-.*\.sqlite$/.test(f)) : [];

/** The backups of a data folder as the core starts them, with the timers shortened. */
function quickBackups(o: { dataDir: string; dbFile: string; clock: { now: () => Date } }) {
  const conn = openConnection(o.dbFile);
  const errors: unknown[] = [];
  const runtime = startBackups({
    dataDir: o.dataDir,
    dbFile: o.dbFile,
    now: o.clock.now,
    migrations: MIGRATIONS,
    live: () => conn,
    replace: () => undefined,
    onError: (_where, err) => errors.push(err),
    startDelayMs: 0,
    tickMs: 20,
  });
  onTestFinished(() => {
    runtime.stop();
    conn.sqlite.close();
  });
  return errors;
}

describe('the daily backup', () => {
  it('is taken soon after the start and again when the running app sees the office day change', async () => {
    // 23:00 in the office.
    const o = await officeWithBackups('2026-12-06T15:00:00.000Z');
    const errors = quickBackups(o);
    await vi.waitFor(
      () => expect(dailies(o.folder)).toEqual(['regiondesk-daily-2026-12-06T15-00-00-000Z.sqlite']),
      { timeout: 5000 },
    );
    // Later the same office day: nothing more.
    o.clock.advance(HOUR / 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dailies(o.folder)).toHaveLength(1);
    // Past midnight in the office (16:30 UTC is 00:30 on 7 December).
    o.clock.advance(HOUR);
    await vi.waitFor(() => expect(dailies(o.folder)).toHaveLength(2), { timeout: 5000 });
    expect(dailies(o.folder)[1]).toBe('regiondesk-daily-2026-12-06T16-30-00-000Z.sqlite');
    expect(errors).toEqual([]);
  });

  it('is not taken before the office is set up', async () => {
    const t = await openTestCore();
    const errors = quickBackups(t);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(defaultBackupFolder(t.dataDir))).toBe(false);
    expect(errors).toEqual([]);
  });
});
