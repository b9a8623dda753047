import dayjs from 'dayjs';
import { officeToday } from '../../app/format';

export type RangePreset = 'week' | 'month' | 'quarter' | 'year';

/** Calendar days of a preset range containing the office's today (weeks start on Monday). */
export function presetRange(preset: RangePreset, today = dayjs(officeToday())): { from: string; to: string } {
  const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  switch (preset) {
    case 'week': {
      const monday = today.subtract((today.day() + 6) % 7, 'day');
      return { from: fmt(monday), to: fmt(monday.add(6, 'day')) };
    }
    case 'month':
      return { from: fmt(today.startOf('month')), to: fmt(today.endOf('month')) };
    case 'quarter': {
      const q = Math.floor(today.month() / 3);
      const start = today.month(q * 3).startOf('month');
      return { from: fmt(start), to: fmt(start.add(2, 'month').endOf('month')) };
    }
    case 'year':
      return { from: fmt(today.subtract(11, 'month').startOf('month')), to: fmt(today.endOf('month')) };
  }
}
