import { rmSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { defaultBackupFolder } from '../../../src-main/core/modules/backups/backup-settings';
import { call, expectOk, signIn } from '../../helpers/core-harness';
import { HQ_ADMIN, startHeadOffice } from '../head-office/head-office';

describe('backups at head office', () => {
  it('lets the administrator back up and restore the head-office database', async () => {
    const hq = await startHeadOffice();
    onTestFinished(() => rmSync(defaultBackupFolder(hq.dataDir), { recursive: true, force: true }));
    const backup = expectOk(await call(hq.core, hq.admin, 'backups.create', {}));
    expect(backup).toMatchObject({ kind: 'manual', check: 'ok' });
    const restored = expectOk(await call(hq.core, hq.admin, 'backups.restore', { id: backup.id }));
    expect(restored.restoredFrom).toBe(backup.id);
    // Head office stays head office after the switch.
    const admin = await signIn(hq.core, HQ_ADMIN.username, HQ_ADMIN.password);
    const list = expectOk(await call(hq.core, admin, 'backups.list', {}));
    expect(list.kept.map((k) => k.id)).toEqual([restored.keptAs]);
    expect(expectOk(await call(hq.core, admin, 'setup.status', {})).mode).toBe('headOffice');
  });
});
