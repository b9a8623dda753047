import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { backupSettingsSchema, type BackupSettings } from '../../../../src-shared/contract/backups';

/** Pre-upgrade copies kept, whatever the daily and monthly settings say. */
export const KEEP_PRE_UPGRADE = 5;

/**
 * The settings live in a file of the data folder, not in the database: they are read before the
 * database is opened (the pre-upgrade copy goes to the chosen folder) and a restore of an older
 * database must not move the backups elsewhere.
 */
export function settingsFile(dataDir: string): string {
  return join(dataDir, 'backup-settings.json');
}

/** Beside the data folder, never inside it: a lost or wiped data folder must not take its backups along. */
export function defaultBackupFolder(dataDir: string): string {
  return `${resolve(dataDir)}-backups`;
}

/** The backup settings, the defaults (14 daily, 12 monthly, the sibling folder) where none were saved. */
export function readBackupSettings(dataDir: string): BackupSettings {
  const defaults: BackupSettings = { folder: defaultBackupFolder(dataDir), keepDaily: 14, keepMonthly: 12 };
  const file = settingsFile(dataDir);
  if (!existsSync(file)) return defaults;
  try {
    const parsed = backupSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : defaults;
  } catch {
    // A damaged settings file must not stop the backups: fall back to the defaults.
    return defaults;
  }
}

/** Saves the settings with a temporary file and a rename, so a crash leaves the old or the new file. */
export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  const file = settingsFile(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(settings, null, 2));
  renameSync(`${file}.tmp`, file);
}

/** Whether `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
