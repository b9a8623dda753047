import { officeDay, OFFICE_UTC_OFFSET_HOURS } from './f01-deadline';

/**
 * An instant in office time, e.g. 2026-11-26 14:05. Midnight reads as 24:00 of the day before,
 * the way the regulation words its deadlines (周日24:00), so a due moment names the last day.
 */
export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  const local = new Date(t + OFFICE_UTC_OFFSET_HOURS * 3_600_000);
  if (local.getUTCHours() === 0 && local.getUTCMinutes() === 0 && local.getUTCSeconds() === 0) {
    return `${officeDay(new Date(t - 1))} 24:00`;
  }
  return formatPlain(iso);
}

function formatPlain(iso: string): string {
  const local = new Date(Date.parse(iso) + OFFICE_UTC_OFFSET_HOURS * 3_600_000);
  return `${officeDay(new Date(Date.parse(iso)))} ${local.toISOString().slice(11, 16)}`;
}
