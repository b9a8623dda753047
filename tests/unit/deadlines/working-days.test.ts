import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINES,
  addWorkingDays,
  isWorkingDayWith,
  workingDaysBetween,
  type DeadlineSettings,
} from '../../../src-shared/domain/deadlines/rules';
import { addDays } from '../../../src-shared/domain/deadlines/calendar';
import { isWorkingDay } from '../../../src-shared/domain/deadlines/f01-deadline';

const with_ = (patch: Partial<DeadlineSettings>): DeadlineSettings => ({ ...DEFAULT_DEADLINES, ...patch });
// National Day 2026 as a sample: five weekday holidays and a 调休 Saturday after it.
const nationalDay = with_({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: ['2026-09-27', '2026-10-10'],
});

describe('isWorkingDayWith', () => {
  it('is Monday to Friday with no holidays set', () => {
    const week = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ];
    expect(week.map((d) => isWorkingDayWith(d, DEFAULT_DEADLINES))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('takes holidays off and 调休 weekend days on', () => {
    expect(isWorkingDayWith('2026-10-01', nationalDay)).toBe(false);
    expect(isWorkingDayWith('2026-10-08', nationalDay)).toBe(true);
    expect(isWorkingDayWith('2026-10-10', nationalDay)).toBe(true);
    expect(isWorkingDayWith('2026-09-27', nationalDay)).toBe(true);
    expect(isWorkingDayWith('2026-10-11', nationalDay)).toBe(false);
  });

  it('lets a holiday win over a 调休 entry of the same day', () => {
    const clash = with_({ holidays: ['2026-10-10'], makeUpWorkdays: ['2026-10-10'] });
    expect(isWorkingDayWith('2026-10-10', clash)).toBe(false);
  });

  it('is false for a day that does not exist', () => {
    expect(isWorkingDayWith('2026-02-30', DEFAULT_DEADLINES)).toBe(false);
    expect(isWorkingDayWith('', nationalDay)).toBe(false);
  });

  it('agrees with isWorkingDay when no holidays are set, over four years', () => {
    for (let d = '2026-01-01'; d <= '2029-12-31'; d = addDays(d, 1)) {
      expect(isWorkingDayWith(d, DEFAULT_DEADLINES), d).toBe(isWorkingDay(d));
    }
  });
});

describe('addWorkingDays', () => {
  it('steps over weekends both ways', () => {
    expect(addWorkingDays('2026-11-27', 1, DEFAULT_DEADLINES)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-27', 2, DEFAULT_DEADLINES)).toBe('2026-12-01');
    expect(addWorkingDays('2026-11-28', 1, DEFAULT_DEADLINES)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-30', -1, DEFAULT_DEADLINES)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-29', -1, DEFAULT_DEADLINES)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-26', 10, DEFAULT_DEADLINES)).toBe('2026-12-10');
  });

  it('returns the day itself for n = 0, working day or not', () => {
    expect(addWorkingDays('2026-11-28', 0, DEFAULT_DEADLINES)).toBe('2026-11-28');
  });

  it('steps over holidays and onto 调休 days', () => {
    expect(addWorkingDays('2026-09-30', 1, nationalDay)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, nationalDay)).toBe('2026-10-10');
    expect(addWorkingDays('2026-10-08', -1, nationalDay)).toBe('2026-09-30');
    expect(addWorkingDays('2026-09-26', 1, nationalDay)).toBe('2026-09-27');
  });

  it('crosses the year end and the leap day', () => {
    expect(addWorkingDays('2026-12-31', 1, DEFAULT_DEADLINES)).toBe('2027-01-01');
    expect(addWorkingDays('2026-12-31', 1, with_({ holidays: ['2027-01-01'] }))).toBe('2027-01-04');
    expect(addWorkingDays('2028-02-28', 1, DEFAULT_DEADLINES)).toBe('2028-02-29');
    expect(addWorkingDays('2100-02-26', 1, DEFAULT_DEADLINES)).toBe('2100-03-01');
  });

  it('throws on an invalid day or a fractional count', () => {
    expect(() => addWorkingDays('2026-02-30', 1, DEFAULT_DEADLINES)).toThrow();
    expect(() => addWorkingDays('2026-11-26', 1.5, DEFAULT_DEADLINES)).toThrow();
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first day up to and including the last', () => {
    expect(workingDaysBetween('2026-11-27', '2026-12-01', DEFAULT_DEADLINES)).toBe(2);
    expect(workingDaysBetween('2026-11-23', '2026-11-29', DEFAULT_DEADLINES)).toBe(4);
    expect(workingDaysBetween('2026-11-26', '2026-11-26', DEFAULT_DEADLINES)).toBe(0);
    expect(workingDaysBetween('2026-11-01', '2026-11-30', DEFAULT_DEADLINES)).toBe(21);
  });

  it('is negative when the last day is earlier', () => {
    expect(workingDaysBetween('2026-12-01', '2026-11-27', DEFAULT_DEADLINES)).toBe(-2);
    expect(workingDaysBetween('2026-11-30', '2026-11-28', DEFAULT_DEADLINES)).toBe(0);
  });

  it('honours holidays and 调休', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-11', nationalDay)).toBe(3);
    expect(workingDaysBetween('2026-09-30', '2026-10-11', DEFAULT_DEADLINES)).toBe(7);
  });

  it('undoes addWorkingDays, forwards and backwards, landing on working days', () => {
    for (let d = '2026-09-01'; d <= '2026-11-30'; d = addDays(d, 1)) {
      for (const n of [-7, -2, -1, 1, 2, 5, 12]) {
        const to = addWorkingDays(d, n, nationalDay);
        expect(isWorkingDayWith(to, nationalDay), `${d} ${n}`).toBe(true);
        expect(workingDaysBetween(d, to, nationalDay), `${d} ${n}`).toBe(n);
      }
    }
  });

  it('throws on an invalid day', () => {
    expect(() => workingDaysBetween('2026-02-30', '2026-03-02', DEFAULT_DEADLINES)).toThrow();
  });
});
