import type { CustomerStatus } from '../../../src-shared/contract';

/** 客户状态 in a colour that reads at a glance: partners green, prospects blue, lost grey. */
export const STATUS_COLORS: Record<CustomerStatus, string> = { 潜在: 'blue', 合作: 'green', 流失: 'gray' };

/** 定期联系: overdue red and due soon yellow, as everywhere the reminders show. */
export const CONTACT_STATES = {
  overdue: { label: '已逾期', color: 'red' },
  dueSoon: { label: '即将到期', color: 'yellow' },
  ok: { label: '正常', color: 'green' },
} as const;
export type ContactStateKey = keyof typeof CONTACT_STATES;

/** How far the due day is, as a rep says it: 已逾期 3 天, 今天到期, 还有 2 天. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return `已逾期 ${-daysLeft} 天`;
  return daysLeft === 0 ? '今天到期' : `还有 ${daysLeft} 天`;
}

/** Calendar days from one office day to another (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
