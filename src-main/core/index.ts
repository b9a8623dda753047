import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core, CoreOptions } from './core-types';
import { openConnection } from './db/connection';
import { migrate } from './db/migrate';
import { dispatch, type DispatchDeps } from './dispatch';
import { SignInLimiter } from './services/auth/rate-limit';
import { FileStore } from './services/documents/file-store';

export type { Caller, Core, CoreOptions, GeneratedFile } from './core-types';
export { DatabaseOpenError } from './db/connection';

/** The database file inside a data folder. */
export const DB_FILE_NAME = 'regiondesk.sqlite';

/**
 * Opens a data folder: database (migrated, with a backup first), file store and the dispatch
 * that both shells call. Throws DatabaseOpenError with a Chinese message when the database
 * cannot be used.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const { sqlite, db } = openConnection(join(options.dataDir, DB_FILE_NAME), options.nativeBinding);
  try {
    await migrate(sqlite, db, { backupDir: join(options.dataDir, 'backups'), now });
  } catch (err) {
    sqlite.close();
    throw err;
  }
  const files = new FileStore(join(options.dataDir, 'tmp', 'files'), now);
  const deps: DispatchDeps = {
    db,
    dataDir: options.dataDir,
    now,
    files,
    limiter: new SignInLimiter(now),
    onError: (method, err) => console.error(`[regiondesk] ${method} failed:`, err),
  };
  return {
    dispatch: (method, input, caller) => dispatch(deps, method, input, caller),
    getFile: (fileId, token) => files.get(fileId, token),
    // Closed synchronously so the WAL is checkpointed before the process exits.
    close: () => sqlite.close(),
  };
}
