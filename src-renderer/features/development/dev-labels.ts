import type { DevelopmentItem } from '../../../src-shared/contract/development';
import {
  DEVELOPMENT_STATUS_LABELS,
  type DevelopmentStatus,
} from '../../../src-shared/domain/training/development';

export { DEVELOPMENT_STATUS_LABELS };

/** The badge colour of each state: a proposal waits for the manager, an open item is worked on. */
export const STATUS_COLORS: Record<DevelopmentStatus, string> = {
  proposed: 'orange',
  open: 'blue',
  done: 'green',
  dropped: 'gray',
};

/** Where an item came from: the 协访表 and dimension that proposed it, or the manager. */
export function sourceText(item: DevelopmentItem): string {
  if (!item.source) return '区域经理新增';
  const dimension = item.dimensionLabel ? ` · ${item.dimensionLabel}` : '';
  return `协访 F02 第${item.source.reportId}号${dimension}`;
}

/** Who or what closed an item, to stand before its note. */
export function closedByText(item: DevelopmentItem): string | null {
  if (item.closedReportId !== null) return `由协访 F02 第${item.closedReportId}号自动关闭`;
  if (item.closedBy) return `${item.closedBy.name}关闭`;
  return null;
}

/** Whether an open item's due date has passed (today as the office counts it). */
export const isOverdue = (item: DevelopmentItem, today: string) =>
  item.status === 'open' && item.dueOn !== null && item.dueOn < today;

/** Items still being worked on first (proposals, then open by due date), closed ones after. */
export function sortItems(items: readonly DevelopmentItem[]): DevelopmentItem[] {
  const order: Record<DevelopmentStatus, number> = { proposed: 0, open: 1, done: 2, dropped: 3 };
  return [...items].sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      b.createdAt.localeCompare(a.createdAt),
  );
}
