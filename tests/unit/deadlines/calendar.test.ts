import { describe, expect, it } from 'vitest';
import * as calendar from '../../../src-shared/domain/deadlines/calendar';
import * as f01 from '../../../src-shared/domain/deadlines/f01-deadline';
import { dueAt } from '../../../src-shared/domain/deadlines/rules';

describe('f01-deadline keeps its exports', () => {
  it('re-exports the calendar’s office-time functions unchanged', () => {
    expect(f01.OFFICE_UTC_OFFSET_HOURS).toBe(8);
    expect(f01.parseDay).toBe(calendar.parseDay);
    expect(f01.officeMidnight).toBe(calendar.officeMidnight);
    expect(f01.officeDay).toBe(calendar.officeDay);
    expect(f01.addDays).toBe(calendar.addDays);
    expect(typeof f01.visitFormDue).toBe('function');
    expect(typeof f01.isWorkingDay).toBe('function');
  });

  it('gives the same F01 due moment as the rep rule, every day of 2024–2028', () => {
    for (let d = '2024-01-01'; d <= '2028-12-31'; d = calendar.addDays(d, 1)) {
      expect(f01.visitFormDue(d)?.toISOString(), d).toBe(
        dueAt({ formCode: 'F01', periodKey: d, authorRole: 'rep' })?.toISOString(),
      );
    }
  });
});

describe('calendar', () => {
  it('knows leap years', () => {
    expect([2024, 2026, 2028, 2000, 1900, 2100, 2400].map(calendar.isLeapYear)).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('counts the days of each month', () => {
    expect(calendar.daysInMonth(2026, 1)).toBe(31);
    expect(calendar.daysInMonth(2026, 2)).toBe(28);
    expect(calendar.daysInMonth(2028, 2)).toBe(29);
    expect(calendar.daysInMonth(2100, 2)).toBe(28);
    expect(calendar.daysInMonth(2026, 4)).toBe(30);
    expect(calendar.daysInMonth(2026, 12)).toBe(31);
  });

  it('builds UTC midnights, also for years before 100', () => {
    expect(calendar.formatDay(calendar.utcDay(2026, 11, 26))).toBe('2026-11-26');
    expect(calendar.formatDay(calendar.utcDay(50, 3, 1))).toBe('0050-03-01');
  });

  it('numbers ISO weekdays Monday 1 to Sunday 7', () => {
    expect(calendar.isoWeekday(calendar.parseDay('2026-11-23')!)).toBe(1);
    expect(calendar.isoWeekday(calendar.parseDay('2026-11-29')!)).toBe(7);
  });

  it('places office hours at UTC+8', () => {
    const day = calendar.parseDay('2026-11-30')!;
    expect(calendar.officeTime(day, 0).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(calendar.officeTime(day, 12).toISOString()).toBe('2026-11-30T04:00:00.000Z');
    expect(calendar.officeTime(day, 24).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });
});
