import type { BackupKind } from '../../../src-shared/contract/backups';

export const KIND_LABELS: Record<BackupKind, string> = {
  daily: '每日',
  monthly: '每月',
  preUpgrade: '升级前',
  manual: '手动',
};

/** A file size as people read it: 12.3 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
