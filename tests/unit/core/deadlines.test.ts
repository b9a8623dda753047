import { describe, expect, it } from 'vitest';
import {
  addDays,
  isWorkingDay,
  officeDay,
  parseDay,
  visitFormDue,
} from '../../../src-shared/domain/deadlines/f01-deadline';

const due = (day: string) => visitFormDue(day)?.toISOString() ?? null;

describe('visitFormDue: Sunday 24:00 office time (UTC+8) of the day’s ISO week', () => {
  it('gives every day of a week the same due moment, Monday to Sunday', () => {
    const week = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ];
    for (const day of week) expect(due(day), day).toBe('2026-11-29T16:00:00.000Z');
    expect(due('2026-11-30')).toBe('2026-12-06T16:00:00.000Z');
    expect(due('2026-11-22')).toBe('2026-11-22T16:00:00.000Z');
  });

  it('follows the ISO week across the new year', () => {
    expect(due('2026-12-31')).toBe('2027-01-03T16:00:00.000Z');
    expect(due('2027-01-01')).toBe('2027-01-03T16:00:00.000Z');
    expect(due('2027-01-04')).toBe('2027-01-10T16:00:00.000Z');
    expect(due('2025-12-29')).toBe('2026-01-04T16:00:00.000Z');
  });

  it('handles leap days and month ends', () => {
    expect(due('2028-02-29')).toBe('2028-03-05T16:00:00.000Z');
    expect(due('2026-02-28')).toBe('2026-03-01T16:00:00.000Z');
    expect(due('2026-03-31')).toBe('2026-04-05T16:00:00.000Z');
  });

  it('returns null for days that do not exist or are not written as 年-月-日', () => {
    for (const bad of [
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-5',
      '',
    ]) {
      expect(visitFormDue(bad), bad).toBeNull();
      expect(parseDay(bad), bad).toBeNull();
    }
    for (const bad of ['2026-11-26T00:00', ' 2026-11-26', '2026/11/26', '二〇二六-11-26']) {
      expect(visitFormDue(bad), bad).toBeNull();
    }
  });
});

describe('isWorkingDay', () => {
  it('counts Monday to Friday and not the weekend', () => {
    expect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].every(isWorkingDay)).toBe(
      true,
    );
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2028-02-29')).toBe(true);
  });

  it('is false for a day that does not exist', () => {
    expect(isWorkingDay('2026-02-30')).toBe(false);
    expect(isWorkingDay('not a day')).toBe(false);
  });
});

describe('officeDay', () => {
  it('switches to the next day at midnight in the office, 16:00 UTC', () => {
    expect(officeDay(new Date('2026-11-26T15:59:59.999Z'))).toBe('2026-11-26');
    expect(officeDay(new Date('2026-11-26T16:00:00.000Z'))).toBe('2026-11-27');
    expect(officeDay(new Date('2026-11-25T16:00:00.000Z'))).toBe('2026-11-26');
  });

  it('is already New Year’s Day in the office while it is still the old year in UTC', () => {
    expect(officeDay(new Date('2026-12-31T16:30:00.000Z'))).toBe('2027-01-01');
    expect(officeDay(new Date('2028-02-28T17:00:00.000Z'))).toBe('2028-02-29');
  });
});

describe('addDays', () => {
  it('moves across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-26', -14)).toBe('2026-11-12');
  });

  it('throws on a day that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow();
  });
});
