import dayjs from 'dayjs';

/** An ISO instant in the viewer's local time, e.g. 11月26日 周四 14:05. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  // Midnight is the end of the day before, as the regulation words deadlines (周日24:00).
  if (d.hour() === 0 && d.minute() === 0 && d.second() === 0)
    return `${d.subtract(1, 'day').format('M月D日 ddd')} 24:00`;
  return d.format('M月D日 ddd HH:mm');
}

/** A period key for lists: dates get their weekday. */
export function formatPeriodKey(key: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? dayjs(key).format('YYYY-MM-DD ddd') : key;
}
