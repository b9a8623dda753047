import { backupsMethods } from '../../../../src-shared/contract/backups';
import { defineModule } from '../../module';
import { backupsHandlers } from './handlers';

/**
 * Backups and restore: the day's automatic backup with retention, a copy for a USB stick, and a
 * restore that keeps the replaced database so it can be undone. The composition root starts the
 * runtime for the open data folder; the handlers find it by that folder.
 */
export const backupsModule = defineModule({
  name: 'backups',
  methods: backupsMethods,
  handlers: backupsHandlers,
});

export { readBackupSettings } from './backup-settings';
export {
  backupRuntime,
  disableBackups,
  recordPreUpgradeBackup,
  startBackups,
  type BackupRuntime,
} from './runtime';
