import { fail, type Result } from '../../src-shared/errors';
import type { Caller, Core } from './core-types';

/**
 * The core while it is still opening, so a shell can show its window at once instead of after the
 * database is opened, checked and migrated: calls made meanwhile wait for it. Should the opening
 * fail, every call is answered with a Chinese reason (the shell also reports the failure itself).
 */
export function deferredCore(opening: Promise<Core>): Core {
  let ready: Core | null = null;
  let failed = false;
  const settled = opening.then(
    (core) => {
      ready = core;
      return core;
    },
    () => {
      failed = true;
      return null;
    },
  );
  const notOpen = () => fail('INTERNAL', '数据库未能打开,无法完成操作。请按提示处理后重新启动 RegionDesk。');
  const whenOpen = async <T>(use: (core: Core) => Promise<Result<T>>): Promise<Result<T>> => {
    const core = await settled;
    return core ? use(core) : notOpen();
  };

  return {
    dispatch: (method: string, input: unknown, caller: Caller) =>
      whenOpen((core) => core.dispatch(method, input, caller)),
    upload: (bytes, fileName, caller) => whenOpen((core) => core.upload(bytes, fileName, caller)),
    checkUpload: (caller) => whenOpen((core) => core.checkUpload(caller)),
    // Files are made by calls that waited for the core, so one asked for before it opened is unknown.
    getFile: (fileId, sessionToken) => ready?.getFile(fileId, sessionToken) ?? null,
    logError: (where, err) => {
      if (ready) return ready.logError(where, err);
      console.error(where, err);
      return '';
    },
    close: () => {
      if (ready) ready.close();
      else if (!failed) void settled.then((core) => core?.close());
    },
  };
}
