import {
  officeDay,
  OFFICE_UTC_OFFSET_HOURS,
  parseDay,
} from '../../../../src-shared/domain/deadlines/f01-deadline';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** A period as printed on paper, e.g. 2026年11月26日(星期四). */
export function formatPeriod(formCode: string, periodKey: string): string {
  const d = parseDay(periodKey);
  if (formCode === 'F01' && d) {
    return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日(星期${WEEKDAYS[d.getUTCDay()]})`;
  }
  return periodKey;
}

/** An instant in office time, e.g. 2026-11-26 14:05. */
export function formatDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + OFFICE_UTC_OFFSET_HOURS * 3_600_000);
  return `${officeDay(new Date(Date.parse(iso)))} ${local.toISOString().slice(11, 16)}`;
}
