import path from 'node:path';

export const APP_FOLDER_NAME = 'RegionDesk';

/**
 * Where Electron keeps its profile. On Windows the roaming AppData folder is often redirected
 * to a file server, and SQLite's WAL does not work on network shares, so the local one is used.
 */
export function userDataFolder(
  platform: string,
  env: Record<string, string | undefined>,
  appData: string,
): string {
  const localAppData = env['LOCALAPPDATA'];
  const base = platform === 'win32' && localAppData ? localAppData : appData;
  return path.join(base, APP_FOLDER_NAME);
}

/** The database and its files live in their own folder, apart from Chromium's caches. */
export function dataFolder(userData: string): string {
  return path.join(userData, 'data');
}

/** A UNC path (\\server\share or //server/share) is a network share; WAL would be unsafe there. */
export function looksLikeNetworkPath(folder: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/]/.test(folder);
}
