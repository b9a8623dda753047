import dayjs from 'dayjs';
import { officeToday } from '../../app/format';
import type { FormDef } from '../../../src-shared/domain/forms';
import { periodOfDay, shiftPeriod } from '../../../src-shared/domain/periods';

/**
 * The period a person most likely means when opening a new form today: the month just ended
 * for a summary written early in the month, the coming month for a plan written late in it,
 * the quarter just ended during its reporting window. Today is the office's day, whatever the
 * PC's clock zone.
 */
export function defaultPeriod(form: FormDef, today = dayjs(officeToday())): string {
  const day = today.format('YYYY-MM-DD');
  const dom = today.date();
  switch (form.period) {
    case 'day':
    case 'week':
      return periodOfDay(form.period, day);
    case 'month': {
      const current = periodOfDay('month', day);
      // A plan is opened for the coming month once the month is under way.
      if (form.plansAhead) return dom <= 10 ? current : shiftPeriod('month', current, 1);
      return dom <= 10 ? shiftPeriod('month', current, -1) : current;
    }
    case 'quarter': {
      const current = periodOfDay('quarter', day);
      const inReportingWindow =
        today.diff(today.startOf('month').month(Math.floor(today.month() / 3) * 3), 'day') < 30;
      return inReportingWindow ? shiftPeriod('quarter', current, -1) : current;
    }
    case 'event':
      return `${day}.1`;
  }
}
