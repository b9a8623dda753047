import type { BackupKind } from '../../../../src-shared/contract/backups';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import type { WrittenKind } from './backup-files';

export interface RetentionRules {
  keepDaily: number;
  keepMonthly: number;
  keepPreUpgrade: number;
}

export interface RetentionPlan {
  /** Each kept backup with the kind the list shows for it. */
  keep: Map<string, BackupKind>;
  remove: string[];
}

/**
 * Which backups stay. Daily and manual backups: every backup of the newest `keepDaily` office
 * days that have one; older ones only as the last backup of one of the newest `keepMonthly`
 * months that have backups (shown as 每月). Pre-upgrade copies are counted apart, the newest
 * `keepPreUpgrade` kept, so the daily sweep never takes the copy from before an upgrade.
 */
export function planRetention(
  backups: readonly { id: string; kind: WrittenKind; createdAt: string }[],
  rules: RetentionRules,
): RetentionPlan {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
  const keep = new Map<string, BackupKind>();
  const regular = newestFirst.filter((b) => b.kind !== 'preUpgrade');
  const days = [...new Set(regular.map((b) => officeDay(new Date(b.createdAt))))].slice(0, rules.keepDaily);
  for (const b of regular) {
    if (days.includes(officeDay(new Date(b.createdAt)))) keep.set(b.id, b.kind);
  }
  const lastOfMonth = new Map<string, (typeof regular)[number]>();
  for (const b of regular) {
    const month = officeDay(new Date(b.createdAt)).slice(0, 7);
    if (!lastOfMonth.has(month)) lastOfMonth.set(month, b);
  }
  for (const b of [...lastOfMonth.values()].slice(0, rules.keepMonthly)) {
    if (!keep.has(b.id)) keep.set(b.id, b.kind === 'manual' ? 'manual' : 'monthly');
  }
  for (const b of newestFirst.filter((x) => x.kind === 'preUpgrade').slice(0, rules.keepPreUpgrade)) {
    keep.set(b.id, 'preUpgrade');
  }
  return { keep, remove: newestFirst.filter((b) => !keep.has(b.id)).map((b) => b.id) };
}
