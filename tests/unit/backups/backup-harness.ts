import { rmSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import type { Core } from '../../../src-main/core';
import { defaultBackupFolder } from '../../../src-main/core/modules/backups/backup-settings';
import { call, expectOk, type FakeCaller, startOffice } from '../../helpers/core-harness';

/** An office with its manager signed in; its backup folder (beside the data folder) goes when the test ends. */
export async function officeWithBackups(start?: string) {
  const office = await startOffice(start);
  const folder = defaultBackupFolder(office.dataDir);
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return { ...office, folder };
}

/** The day the manager's 代表月报 falls due: a setting simple enough to change and read back. */
export async function repMonthlyDay(core: Core, caller: FakeCaller): Promise<number> {
  return expectOk(await call(core, caller, 'settings.deadlines', {})).repMonthlyDay;
}

export async function setRepMonthlyDay(core: Core, caller: FakeCaller, day: number): Promise<void> {
  const current = expectOk(await call(core, caller, 'settings.deadlines', {}));
  expectOk(await call(core, caller, 'settings.updateDeadlines', { ...current, repMonthlyDay: day }));
}
