import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../src-shared/errors';
import type { Caller, Core, CoreOptions } from './core-types';
import type { Connection } from './db/connection';
import { DB_FILE_NAME, openDatabase } from './db/open-database';
import { dispatch, type DispatchDeps } from './dispatch';
import { BUNDLE_SECTION_HANDLERS, HANDLERS, HOOKS, MIGRATIONS } from './modules';
import { resolveSession } from './modules/auth';
import { disableBackups, readBackupSettings, recordPreUpgradeBackup, startBackups } from './modules/backups';
import { PaperWarmer } from './modules/bundles';
import { loadOffice } from './modules/office';
import { PaperStore } from './documents/paper-store';
import { ErrorLog } from './platform/error-log';
import { FileStore } from './platform/file-store';
import { JobRegistry } from './platform/job-registry';
import { SignInLimiter } from './platform/rate-limit';
import { offThread } from './off-thread';
import { inProcessRenderer, WorkerPool } from './platform/worker-pool';
import { MAX_UPLOAD_BYTES, UploadStore } from './platform/upload-store';

export type { Caller, Core, CoreOptions, GeneratedFile } from './core-types';
export { DatabaseOpenError } from './db/connection';
export { internalFailure } from './dispatch';
export { MAX_UPLOAD_BYTES } from './platform/upload-store';
export { outboxDir } from './modules/bundles';

export { DATABASE_CONFIG_FILE, DB_FILE_NAME } from './db/open-database';

/** How long approvals must pause before the open months' documents are rendered ahead. */
export const PAPER_WARM_DELAY_MS = 3000;

/**
 * Opens a data folder: database (migrated, with a backup first), file store and the dispatch
 * that both shells call. Throws DatabaseOpenError with a Chinese message when the database
 * cannot be used. This is the composition root: the one place that joins the modules with the
 * platform and the dispatch.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const database = await openDatabase({
    ...options,
    now,
    migrations: MIGRATIONS,
    // The copy before an upgrade goes with the other backups, outside the data folder.
    backupDir: readBackupSettings(options.dataDir).folder,
    afterBackup: (file) => recordPreUpgradeBackup(file, now(), options.nativeBinding),
  });
  const { db } = database;
  // A restore swaps the SQLite connection; everything below reads it through this holder.
  const live = { sqlite: database.sqlite, db };
  const errorLog = new ErrorLog({ dataDir: options.dataDir, now, echo: options.echoErrors ?? true });
  const files = new FileStore(join(options.dataDir, 'tmp', 'files'), now);
  const pool = options.worker ? new WorkerPool(options.worker) : null;
  const renderer = options.renderer ?? pool ?? inProcessRenderer;
  const uploads = new UploadStore(join(options.dataDir, 'tmp', 'uploads'), now);
  const paper = new PaperStore(join(options.dataDir, 'paper'), renderer);
  const warmer = new PaperWarmer({
    db: () => live.db,
    paper,
    now,
    delayMs: options.paperWarmDelayMs === undefined ? PAPER_WARM_DELAY_MS : options.paperWarmDelayMs,
    onError: (err) => void errorLog.record('paper.warm', err),
  });
  const deps: DispatchDeps = {
    db,
    dataDir: options.dataDir,
    now,
    files,
    uploads,
    renderer,
    offThread: offThread(pool),
    paper,
    paperChanged: () => warmer.changed(),
    jobs: new JobRegistry(now),
    limiter: new SignInLimiter(now),
    hooks: HOOKS,
    bundleSections: BUNDLE_SECTION_HANDLERS,
    handlers: HANDLERS,
    resolveUser: (token, at) => resolveSession(live.db, token, at),
    installedMode: async () => (await loadOffice(live.db))?.mode ?? null,
    onError: (method, err) => errorLog.record(method, err),
    logError: (where, err, detail) => errorLog.record(where, err, detail),
  };
  /**
   * Who hands files over: head office's administrator (bundles); in an office everyone signed in,
   * the manager and clerk for imports (the ERP's Excel of monthly actuals) and reps too, since they
   * attach the evidence of their opportunities (合同, 签收单). Each method still checks its caller.
   */
  // PostgreSQL is backed up by its own tools (pg_dump), under the database administrator's rules.
  const backups = !live.sqlite
    ? (disableBackups(
        options.dataDir,
        '本机的数据保存在 PostgreSQL 数据库中,备份与恢复请由数据库管理员用 pg_dump / pg_restore 按规程进行。',
      ),
      null)
    : startBackups({
        dataDir: options.dataDir,
        dbFile: join(options.dataDir, DB_FILE_NAME),
        now,
        nativeBinding: options.nativeBinding,
        migrations: MIGRATIONS,
        live: () => live as Connection,
        replace: (next) => {
          live.sqlite = next.sqlite;
          live.db = next.db;
          deps.db = next.db;
          // The restored database says for itself whether and how the office is set up.
          deps.configured = false;
        },
        onError: (where, err) => void deps.onError?.(where, err),
      });
  const mayUpload = async (caller: Caller): Promise<Result<null>> => {
    const user = await resolveSession(live.db, caller.sessionToken, now());
    if (!user || !caller.sessionToken) return fail('UNAUTHENTICATED', '登录已过期或尚未登录,请重新登录。');
    const office = await loadOffice(live.db);
    if (office?.mode === 'headOffice' && user.role === 'manager') return ok(null);
    if (office?.mode === 'office') return ok(null);
    return fail(
      'FORBIDDEN',
      office?.mode === 'headOffice'
        ? '只有销售部(总部)的管理员可以上传数据包。'
        : '本机尚未完成设置,请先由区域经理完成设置后再上传文件。',
    );
  };
  return {
    dispatch: (method, input, caller) => dispatch(deps, method, input, caller),
    logError: (where, err) => errorLog.record(where, err),
    getFile: (fileId, token) => files.get(fileId, token),
    checkUpload: (caller) => mayUpload(caller),
    upload: async (bytes, fileName, caller) => {
      const allowed = await mayUpload(caller);
      if (!allowed.ok) return allowed;
      if (bytes.length === 0) return fail('BAD_INPUT', `文件“${fileName}”是空的,请重新选择。`);
      if (bytes.length > MAX_UPLOAD_BYTES) {
        return fail('PAYLOAD_TOO_LARGE', `文件“${fileName}”超过 256 MB,不是本软件生成的数据包。`);
      }
      const staged = uploads.add(bytes, fileName, caller.sessionToken!);
      return ok({ uploadId: staged.id, fileName: staged.fileName, bytes: staged.bytes });
    },
    // Closed synchronously so the WAL is checkpointed before the process exits.
    close: () => {
      warmer.close();
      void renderer.close();
      if (pool && pool !== renderer) void pool.close();
      void errorLog.close();
      backups?.stop();
      if (live.sqlite) live.sqlite.close();
      else database.close();
    },
  };
}
