import { officeDay, OFFICE_UTC_OFFSET_HOURS } from '../../../../src-shared/domain/deadlines/f01-deadline';

/** An instant in office time, e.g. 2026-11-26 14:05. */
export function formatDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + OFFICE_UTC_OFFSET_HOURS * 3_600_000);
  return `${officeDay(new Date(Date.parse(iso)))} ${local.toISOString().slice(11, 16)}`;
}
