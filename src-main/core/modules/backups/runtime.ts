import { resolve } from 'node:path';
import type {
  BackupEntry,
  BackupSettings,
  KeptDatabase,
  RestoreResult,
} from '../../../../src-shared/contract/backups';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Connection } from '../../db/connection';
import type { Migration } from '../../db/migrations';
import { loadOffice } from '../office';
import {
  type BackupFile,
  checkDatabaseFile,
  listBackupFiles,
  recordCheck,
  removeAbandonedPartials,
  removeBackupFile,
  settleBackupFile,
  writeBackup,
} from './backup-files';
import { KEEP_PRE_UPGRADE, readBackupSettings } from './backup-settings';
import { planRetention } from './retention';
import { listReplaced, removeStaleStaging, restoreFrom } from './restore';
import { copyToFolder } from './usb-copy';

const MINUTE_MS = 60_000;

/** The running backups by data folder: the handlers reach theirs through ctx.dataDir. */
const runtimes = new Map<string, BackupRuntime>();

export interface BackupRuntimeOptions {
  dataDir: string;
  dbFile: string;
  now: () => Date;
  nativeBinding?: string;
  migrations: readonly Migration[];
  live: () => Connection;
  replace: (next: Connection) => void;
  /** Where a failure of the unattended backups is recorded. */
  onError: (where: string, err: unknown) => void;
  /** The day's first backup waits this long after the start, so opening stays quick. */
  startDelayMs?: number;
  /** How often the running app looks whether the office day has changed. */
  tickMs?: number;
}

const toEntry = (b: BackupFile, kind: BackupEntry['kind']): BackupEntry => ({
  id: b.id,
  kind,
  createdAt: b.createdAt,
  bytes: b.bytes,
  check: b.check,
  checkDetail: b.detail,
  userVersion: b.userVersion,
});

/**
 * The backups of one open data folder: the day's automatic backup, the sweep, the copy for a
 * USB stick and the restore. Everything that touches the files runs one at a time, so a restore
 * never switches databases under a backup being written.
 */
export class BackupRuntime {
  private chain: Promise<unknown> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private lastDaily: string | null = null;

  constructor(private readonly o: BackupRuntimeOptions) {}

  settings(): BackupSettings {
    return readBackupSettings(this.o.dataDir);
  }

  /** Runs file work after whatever is running now. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  start(): void {
    removeStaleStaging(this.o.dataDir);
    const run = () => void this.runDue().catch((err: unknown) => this.o.onError('backups.daily', err));
    const first = setTimeout(run, this.o.startDelayMs ?? MINUTE_MS);
    const tick = setInterval(run, this.o.tickMs ?? 10 * MINUTE_MS);
    first.unref();
    tick.unref();
    this.timers = [first, tick];
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    const key = resolve(this.o.dataDir);
    if (runtimes.get(key) === this) runtimes.delete(key);
  }

  /**
   * Takes the office day's backup unless one exists (at the day's first start, and when the
   * running app sees the day change). Nothing is taken before the office is set up.
   */
  async runDue(): Promise<BackupEntry | null> {
    const today = officeDay(this.o.now());
    if (this.lastDaily === today) return null;
    return this.exclusive(async () => {
      if (!(await loadOffice(this.o.live().db))) return null;
      const existing = listBackupFiles(this.settings().folder, this.o.now(), this.o.nativeBinding);
      if (existing.some((b) => b.kind === 'daily' && officeDay(new Date(b.createdAt)) === today)) {
        this.lastDaily = today;
        return null;
      }
      const entry = await this.write('daily');
      this.lastDaily = today;
      return entry;
    });
  }

  /** 立即备份. */
  backupNow(): Promise<BackupEntry> {
    return this.exclusive(() => this.write('manual'));
  }

  private async write(kind: 'daily' | 'manual'): Promise<BackupEntry> {
    const { folder } = this.settings();
    let file: BackupFile;
    try {
      file = await writeBackup(this.o.live().sqlite, folder, kind, this.o.now(), this.o.nativeBinding);
    } catch (err) {
      throw new ApiError(
        'INVALID_STATE',
        `备份没有完成:无法写入备份文件夹“${folder}”(${(err as Error).message})。请检查该文件夹所在的磁盘是否可用、是否已满,或在备份设置中换一个文件夹。`,
      );
    }
    const kept = this.sweep();
    return toEntry(file, kept.get(file.id) ?? kind);
  }

  /** Deletes what the retention rules no longer keep; returns the kinds of those kept. */
  private sweep(): Map<string, BackupEntry['kind']> {
    const settings = this.settings();
    const files = listBackupFiles(settings.folder, this.o.now(), this.o.nativeBinding);
    const plan = planRetention(files, { ...settings, keepPreUpgrade: KEEP_PRE_UPGRADE });
    for (const id of plan.remove) removeBackupFile(files.find((f) => f.id === id)!.path);
    removeAbandonedPartials(settings.folder, this.o.now());
    return plan.keep;
  }

  list(): { backups: BackupEntry[]; kept: KeptDatabase[] } {
    const settings = this.settings();
    const files = listBackupFiles(settings.folder, this.o.now(), this.o.nativeBinding);
    const plan = planRetention(files, { ...settings, keepPreUpgrade: KEEP_PRE_UPGRADE });
    return {
      backups: files.map((f) => toEntry(f, plan.keep.get(f.id) ?? f.kind)),
      kept: listReplaced(this.o.dataDir),
    };
  }

  /** A backup of the folder by its name, or NOT_FOUND. */
  backupPath(id: string): string {
    const found = listBackupFiles(this.settings().folder, this.o.now(), this.o.nativeBinding).find(
      (b) => b.id === id,
    );
    if (!found) {
      throw new ApiError('NOT_FOUND', `找不到备份“${id}”,它可能已被删除。请刷新列表后重新选择。`);
    }
    return found.path;
  }

  restore(source: string, label: string): Promise<RestoreResult> {
    return this.exclusive(() => restoreFrom(this.o, source, label));
  }

  copyTo(target: string): Promise<{ folder: string; files: number; bytes: number }> {
    return this.exclusive(() =>
      copyToFolder(
        {
          dataDir: this.o.dataDir,
          now: this.o.now,
          schemaVersion: this.o.migrations.at(-1)?.version ?? 0,
          writeDatabase: async (file) => {
            await this.o.live().sqlite.backup(file);
            settleBackupFile(file, this.o.nativeBinding);
            const check = checkDatabaseFile(file, this.o.nativeBinding);
            if (check.check !== 'ok') {
              throw new ApiError(
                'INVALID_STATE',
                `数据库的备份没有通过完整性检查(${check.detail ?? ''}),没有复制。请联系管理员检查这台电脑的磁盘。`,
              );
            }
          },
        },
        target,
      ),
    );
  }
}

/** Checks and records the copy migrate() takes before an upgrade, so it is listed like the others. */
export function recordPreUpgradeBackup(file: string, at: Date, nativeBinding?: string): void {
  try {
    settleBackupFile(file, nativeBinding);
    recordCheck(file, at, nativeBinding);
  } catch {
    // The upgrade goes on: the list checks a backup without a record when it is next shown.
  }
}

/** Starts the backups of an opened data folder; the handlers find them by the folder. */
export function startBackups(options: BackupRuntimeOptions): BackupRuntime {
  disabled.delete(resolve(options.dataDir));
  const runtime = new BackupRuntime(options);
  runtimes.set(resolve(options.dataDir), runtime);
  runtime.start();
  return runtime;
}

const disabled = new Map<string, string>();

/** Marks a data folder whose database this module cannot back up (PostgreSQL), with the reason users see. */
export function disableBackups(dataDir: string, reason: string): void {
  runtimes.delete(resolve(dataDir));
  disabled.set(resolve(dataDir), reason);
}

/** The backups of the data folder a handler is working in. */
export function backupRuntime(dataDir: string): BackupRuntime {
  const runtime = runtimes.get(resolve(dataDir));
  const reason = disabled.get(resolve(dataDir));
  if (!runtime && reason) throw new ApiError('INVALID_STATE', reason);
  if (!runtime) throw new ApiError('INVALID_STATE', '备份功能尚未启动,请重新启动 RegionDesk 后再试。');
  return runtime;
}
