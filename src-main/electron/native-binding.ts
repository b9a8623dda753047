import fs from 'node:fs';
import path from 'node:path';

/**
 * Where scripts/prepare-native.mjs puts the Electron-ABI build of better-sqlite3. The copy in
 * node_modules stays built for Node (tests, the browser host); the app loads this one through
 * better-sqlite3's `nativeBinding` option, so neither build overwrites the other.
 */
export const NATIVE_SUBDIR = path.join('native', 'electron');
export const NATIVE_FILE = 'better_sqlite3.node';
export const NATIVE_STAMP_FILE = 'version.json';

/** What prepare-native.mjs writes next to the binary; keep both sides in step. */
export interface NativeStamp {
  runtime: string;
  electron: string;
  abi: string;
  platform: string;
  arch: string;
  betterSqlite3: string;
}

export interface NativeRuntime {
  abi: string;
  platform: string;
  arch: string;
}

export interface NativeBindingOptions {
  /** app.getAppPath(): the project folder in development, …/app.asar when packaged. */
  appRoot: string;
  runtime?: NativeRuntime;
  log?: (line: string) => void;
}

/** True when the stamp describes a binary this runtime can load. */
export function stampMatches(stamp: unknown, runtime: NativeRuntime): boolean {
  if (typeof stamp !== 'object' || stamp === null) return false;
  const s = stamp as Partial<NativeStamp>;
  return (
    s.runtime === 'electron' &&
    s.abi === runtime.abi &&
    s.platform === runtime.platform &&
    s.arch === runtime.arch
  );
}

/** Folders that may hold the binary: a packaged app keeps native files outside the asar archive. */
export function nativeBindingFolders(appRoot: string): string[] {
  const folders = [path.join(appRoot, NATIVE_SUBDIR)];
  if (path.basename(appRoot) === 'app.asar') {
    folders.unshift(path.join(path.dirname(appRoot), 'app.asar.unpacked', NATIVE_SUBDIR));
  }
  return folders;
}

function readStamp(folder: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(folder, NATIVE_STAMP_FILE), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * The Electron-ABI better_sqlite3.node to pass as `nativeBinding`, or undefined (with a log
 * line) when none fits this runtime; better-sqlite3 then tries its own build, which only
 * loads if node_modules was rebuilt for Electron.
 */
export function nativeBindingPath(options: NativeBindingOptions): string | undefined {
  const runtime = options.runtime ?? {
    abi: process.versions.modules,
    platform: process.platform,
    arch: process.arch,
  };
  const log = options.log ?? ((line: string) => console.warn(line));
  for (const folder of nativeBindingFolders(options.appRoot)) {
    const file = path.join(folder, NATIVE_FILE);
    if (!fs.existsSync(file)) continue;
    if (stampMatches(readStamp(folder), runtime)) return file;
    log(
      `native-binding: ${file} 与当前 Electron (ABI ${runtime.abi}, ${runtime.platform}-${runtime.arch}) 不匹配，` +
        '请运行 npm run prepare:native',
    );
    return undefined;
  }
  log('native-binding: 未找到 Electron 版 better-sqlite3 (native/electron)，请运行 npm run prepare:native');
  return undefined;
}
