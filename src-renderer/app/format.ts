import dayjs from 'dayjs';
import { HOUR_MS, OFFICE_UTC_OFFSET_HOURS, officeDay } from '../../src-shared/domain/deadlines/calendar';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** The office's wall clock at an instant, as a UTC date whose fields read as office time. */
function officeClock(ms: number): Date {
  return new Date(ms + OFFICE_UTC_OFFSET_HOURS * HOUR_MS);
}

const monthDay = (d: Date) => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO instant in office time, whatever the PC's clock zone, e.g. 11月26日 周四 14:05.
 * Midnight reads as 24:00 of the day before, as the regulation words deadlines (周日24:00).
 */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = officeClock(ms);
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) {
    return `${monthDay(officeClock(ms - 1))} 24:00`;
  }
  return `${monthDay(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** An instant's office clock time of day, e.g. 14:05:09 (an autosave's moment). */
export function formatClock(iso: string | Date): string {
  const d = officeClock(typeof iso === 'string' ? Date.parse(iso) : iso.getTime());
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Today in the office (YYYY-MM-DD): the day a deadline counts from, whatever the PC's clock zone. */
export function officeToday(now: Date = new Date()): string {
  return officeDay(now);
}

/** The office's time zone as people say it. */
export const OFFICE_ZONE_LABEL = `北京时间(UTC+${OFFICE_UTC_OFFSET_HOURS})`;

/**
 * The PC's clock zone when it differs from the office's, e.g. UTC−5, else null: screens show
 * every time in office time and say so when the PC would read them differently.
 */
export function pcZoneIfDifferent(now: Date = new Date()): string | null {
  const minutes = -now.getTimezoneOffset();
  if (minutes === OFFICE_UTC_OFFSET_HOURS * 60) return null;
  const sign = minutes < 0 ? '−' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ''}`;
}

/** A period key for lists: dates get their weekday. */
export function formatPeriodKey(key: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? dayjs(key).format('YYYY-MM-DD ddd') : key;
}

// One money format for the screens and the paper.
export { formatYuan } from '../../src-shared/domain/performance/money';
