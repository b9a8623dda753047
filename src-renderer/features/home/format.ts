import dayjs from 'dayjs';

/** An ISO instant in the viewer's local time, e.g. 11月26日 周四 14:05. */
export function formatInstant(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('M月D日 ddd HH:mm') : '';
}

/** A period key for lists: dates get their weekday. */
export function formatPeriodKey(key: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? dayjs(key).format('YYYY-MM-DD ddd') : key;
}
