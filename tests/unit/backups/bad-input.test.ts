import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callRaw, expectError, expectOk, tempDir } from '../../helpers/core-harness';
import { officeWithBackups } from './backup-harness';

const CHINESE = /[\u4e00-\u9fa5]/;

describe('backups refuse bad input in Chinese and change nothing', () => {
  it('checks every method', async () => {
    const o = await officeWithBackups();
    const before = expectOk(await call(o.core, o.manager, 'backups.list', {}));
    const refused: [string, unknown, string, RegExp][] = [
      ['backups.list', { folder: '/tmp' }, 'BAD_INPUT', CHINESE],
      ['backups.create', { kind: 'daily' }, 'BAD_INPUT', CHINESE],
      [
        'backups.updateSettings',
        { folder: 'backups', keepDaily: 14, keepMonthly: 12 },
        'BAD_INPUT',
        /完整路径/,
      ],
      [
        'backups.updateSettings',
        { folder: join(o.dataDir, 'backups'), keepDaily: 14, keepMonthly: 12 },
        'BAD_INPUT',
        /不能在数据文件夹里面/,
      ],
      [
        'backups.updateSettings',
        { folder: tempDir(), keepDaily: 0, keepMonthly: 12 },
        'BAD_INPUT',
        /至少保留1天/,
      ],
      [
        'backups.updateSettings',
        { folder: tempDir(), keepDaily: 14, keepMonthly: -1 },
        'BAD_INPUT',
        /不能为负数/,
      ],
      ['backups.updateSettings', { folder: tempDir(), keepDaily: 1.5, keepMonthly: 2 }, 'BAD_INPUT', /整数/],
      ['backups.updateSettings', { keepDaily: 14, keepMonthly: 12 }, 'BAD_INPUT', /备份文件夹/],
      ['backups.copyTo', { folder: '' }, 'BAD_INPUT', /请填写目标文件夹/],
      ['backups.copyTo', { folder: 'E-drive' }, 'BAD_INPUT', /完整路径/],
      ['backups.copyTo', { folder: join(tempDir(), '没有插好的U盘') }, 'BAD_INPUT', /找不到文件夹.*U盘/],
      ['backups.copyTo', { folder: o.dataDir }, 'BAD_INPUT', /不能在数据文件夹里面/],
      ['backups.restore', { id: '../regiondesk.sqlite' }, 'BAD_INPUT', /备份名称无效/],
      ['backups.restore', { id: 42 }, 'BAD_INPUT', CHINESE],
      ['backups.restore', {}, 'BAD_INPUT', CHINESE],
      ['backups.undoRestore', { id: 'regiondesk.sqlite' }, 'NOT_FOUND', /找不到恢复前保存的数据库/],
      ['backups.undoRestore', { id: '/etc/passwd' }, 'BAD_INPUT', /备份名称无效/],
    ];
    for (const [method, input, code, message] of refused) {
      const err = expectError(await callRaw(o.core, o.manager, method, input), code as 'BAD_INPUT');
      expect(err.message, `${method} ${JSON.stringify(input)}`).toMatch(message);
    }
    // A rep or clerk does not see or touch the backups.
    for (const method of ['backups.list', 'backups.create', 'backups.restore']) {
      const input =
        method === 'backups.restore' ? { id: 'regiondesk-manual-2026-11-26T02-00-00-000Z.sqlite' } : {};
      expect(expectError(await callRaw(o.core, o.wang, method, input), 'FORBIDDEN').message).toMatch(CHINESE);
      expectError(await callRaw(o.core, o.clerk, method, input), 'FORBIDDEN');
    }
    expect(expectOk(await call(o.core, o.manager, 'backups.list', {}))).toEqual(before);
  });

  it('saves good settings and puts later backups in the new folder', async () => {
    const o = await officeWithBackups();
    const folder = join(tempDir(), 'RegionDesk备份');
    const saved = expectOk(
      await call(o.core, o.manager, 'backups.updateSettings', { folder, keepDaily: 7, keepMonthly: 3 }),
    );
    expect(saved).toEqual({ folder, keepDaily: 7, keepMonthly: 3 });
    const backup = expectOk(await call(o.core, o.manager, 'backups.create', {}));
    const list = expectOk(await call(o.core, o.manager, 'backups.list', {}));
    expect(list.settings).toEqual(saved);
    expect(list.backups.map((b) => b.id)).toEqual([backup.id]);
  });
});
