import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { backupsMethods } from '../../../../src-shared/contract/backups';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, nowIso, type ModuleHandlers } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { defaultBackupFolder, isInside, readBackupSettings, writeBackupSettings } from './backup-settings';
import { isReplacedName } from './restore';
import { backupRuntime } from './runtime';

const badFolder = (message: string) => new ApiError('BAD_INPUT', message, { folder: message });

/** A backup folder must be a full path outside the data folder, where this program can write. */
function checkBackupFolder(folder: string, dataDir: string): string {
  if (!isAbsolute(folder)) throw badFolder('请写出备份文件夹的完整路径,例如 D:\\RegionDesk备份。');
  const full = resolve(folder);
  if (isInside(full, dataDir)) {
    throw badFolder('备份文件夹不能在数据文件夹里面:数据文件夹损坏或丢失时备份要能留下。请另选一个文件夹。');
  }
  const probe = join(full, `.regiondesk-write-test-${process.pid}`);
  try {
    mkdirSync(full, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch {
    throw badFolder(`无法在“${folder}”中写入文件。请检查该文件夹是否存在、磁盘是否已满、是否有写入权限。`);
  }
  return full;
}

export const backupsHandlers = {
  'backups.list': async (_input, ctx) => ({
    settings: readBackupSettings(ctx.dataDir),
    defaultFolder: defaultBackupFolder(ctx.dataDir),
    ...backupRuntime(ctx.dataDir).list(),
  }),

  'backups.create': async (_input, ctx) => backupRuntime(ctx.dataDir).backupNow(),

  'backups.updateSettings': async (input, ctx) => {
    const me = currentUser(ctx);
    const settings = { ...input, folder: checkBackupFolder(input.folder, ctx.dataDir) };
    const before = readBackupSettings(ctx.dataDir);
    writeBackupSettings(ctx.dataDir, settings);
    await writeAudit(ctx.db, {
      actorId: me.id,
      action: 'update',
      entity: 'backup-settings',
      entityId: 'backups',
      at: nowIso(ctx),
      detail: { before, after: settings },
    });
    return settings;
  },

  'backups.copyTo': async (input, ctx) => backupRuntime(ctx.dataDir).copyTo(input.folder),

  'backups.restore': async (input, ctx) => {
    const runtime = backupRuntime(ctx.dataDir);
    return runtime.restore(runtime.backupPath(input.id), input.id);
  },

  'backups.undoRestore': async (input, ctx) => {
    const runtime = backupRuntime(ctx.dataDir);
    const kept = runtime.list().kept.find((k) => k.id === input.id);
    if (!isReplacedName(input.id) || !kept) {
      throw new ApiError('NOT_FOUND', `找不到恢复前保存的数据库“${input.id}”。请刷新列表后重新选择。`);
    }
    return runtime.restore(join(ctx.dataDir, kept.id), kept.id);
  },
} satisfies ModuleHandlers<typeof backupsMethods>;
