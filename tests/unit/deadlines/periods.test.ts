import { describe, expect, it } from 'vitest';
import {
  PERIOD_KEY_PATTERNS,
  isoWeeksInYear,
  parsePeriod,
  periodLabel,
  periodOfDay,
  periodsBetween,
  shiftPeriod,
  type PeriodKind,
} from '../../../src-shared/domain/periods';
import { addDays } from '../../../src-shared/domain/deadlines/calendar';

/** Every calendar day from `from` to `to`, inclusive. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('PERIOD_KEY_PATTERNS', () => {
  const good: Record<PeriodKind, string[]> = {
    day: ['2026-11-26', '2028-02-29', '1000-01-01', '9999-12-31'],
    week: ['2026-W48', '2026-W01', '2026-W53'],
    month: ['2026-11', '2026-01', '2026-12'],
    quarter: ['2026-Q1', '2026-Q4'],
    event: ['2026-11-26.1', '2026-11-26.12', '2026-11-26.999'],
  };
  const bad: Record<PeriodKind, string[]> = {
    day: [
      '2026-1-5',
      '2026-13-01',
      '2026-00-10',
      '2026-11-32',
      '0999-01-01',
      '2026/11/26',
      '2026-11-26.1',
      '',
    ],
    week: ['2026-W1', '2026-W00', '2026-W54', '2026W48', '2026-w48', '2026-48'],
    month: ['2026-13', '2026-00', '2026-1', '202611', '2026-11-01'],
    quarter: ['2026-Q0', '2026-Q5', '2026-q4', '2026-4'],
    event: [
      '2026-11-26',
      '2026-11-26.0',
      '2026-11-26.01',
      '2026-11-26.1000',
      '2026-11-26.-1',
      '2026-11-26.a',
    ],
  };

  it.each(Object.keys(good) as PeriodKind[])('accepts well-written %s keys and rejects others', (kind) => {
    for (const key of good[kind]) expect(PERIOD_KEY_PATTERNS[kind].test(key), key).toBe(true);
    for (const key of bad[kind]) expect(PERIOD_KEY_PATTERNS[kind].test(key), key).toBe(false);
  });
});

describe('parsePeriod', () => {
  it('gives a day and an event their own day', () => {
    expect(parsePeriod('day', '2026-11-26')).toEqual({ first: '2026-11-26', last: '2026-11-26' });
    expect(parsePeriod('event', '2026-11-26.3')).toEqual({ first: '2026-11-26', last: '2026-11-26' });
    expect(parsePeriod('day', '2028-02-29')).toEqual({ first: '2028-02-29', last: '2028-02-29' });
  });

  it('runs an ISO week from Monday to Sunday, across the new year', () => {
    expect(parsePeriod('week', '2026-W48')).toEqual({ first: '2026-11-23', last: '2026-11-29' });
    expect(parsePeriod('week', '2026-W01')).toEqual({ first: '2025-12-29', last: '2026-01-04' });
    expect(parsePeriod('week', '2026-W53')).toEqual({ first: '2026-12-28', last: '2027-01-03' });
    expect(parsePeriod('week', '2027-W01')).toEqual({ first: '2027-01-04', last: '2027-01-10' });
    expect(parsePeriod('week', '2025-W01')).toEqual({ first: '2024-12-30', last: '2025-01-05' });
    expect(parsePeriod('week', '2020-W53')).toEqual({ first: '2020-12-28', last: '2021-01-03' });
  });

  it('runs months to their last day, with leap years', () => {
    expect(parsePeriod('month', '2026-01')).toEqual({ first: '2026-01-01', last: '2026-01-31' });
    expect(parsePeriod('month', '2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(parsePeriod('month', '2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(parsePeriod('month', '2000-02')).toEqual({ first: '2000-02-01', last: '2000-02-29' });
    expect(parsePeriod('month', '2100-02')).toEqual({ first: '2100-02-01', last: '2100-02-28' });
    expect(parsePeriod('month', '2026-04')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
    expect(parsePeriod('month', '2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it('runs quarters over three months', () => {
    expect(parsePeriod('quarter', '2026-Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(parsePeriod('quarter', '2026-Q2')).toEqual({ first: '2026-04-01', last: '2026-06-30' });
    expect(parsePeriod('quarter', '2026-Q3')).toEqual({ first: '2026-07-01', last: '2026-09-30' });
    expect(parsePeriod('quarter', '2026-Q4')).toEqual({ first: '2026-10-01', last: '2026-12-31' });
  });

  it('returns null for keys that are not real periods', () => {
    const invalid: [PeriodKind, string][] = [
      ['week', '2026-W54'],
      ['week', '2027-W53'],
      ['week', '2026-W00'],
      ['month', '2026-13'],
      ['month', '2026-00'],
      ['day', '2026-02-30'],
      ['day', '2027-02-29'],
      ['day', '2100-02-29'],
      ['day', '2026-04-31'],
      ['quarter', '2026-Q5'],
      ['quarter', '2026-Q0'],
      ['event', '2026-02-30.1'],
      ['event', '2026-11-26.0'],
      ['day', '2026-W48'],
      ['week', '2026-11'],
      ['month', '2026-Q4'],
      ['day', ' 2026-11-26'],
    ];
    for (const [kind, key] of invalid) expect(parsePeriod(kind, key), `${kind} ${key}`).toBeNull();
  });

  it('counts 53 ISO weeks in exactly the long years of 2000–2040', () => {
    const long: number[] = [];
    for (let y = 2000; y <= 2040; y++) if (isoWeeksInYear(y) === 53) long.push(y);
    expect(long).toEqual([2004, 2009, 2015, 2020, 2026, 2032, 2037]);
  });

  it('lays the weeks of 2000–2040 end to end, each seven days from a Monday', () => {
    let key = '2000-W01';
    let range = parsePeriod('week', key)!;
    expect(range.first).toBe('2000-01-03');
    for (let i = 0; i < 2200 && key !== '2040-W52'; i++) {
      const next = shiftPeriod('week', key, 1);
      const nextRange = parsePeriod('week', next)!;
      expect(nextRange.first, next).toBe(addDays(range.last, 1));
      expect(nextRange.last, next).toBe(addDays(nextRange.first, 6));
      expect(new Date(`${nextRange.first}T00:00:00Z`).getUTCDay(), next).toBe(1);
      key = next;
      range = nextRange;
    }
    expect(key).toBe('2040-W52');
  });
});

describe('periodOfDay', () => {
  it('finds the ISO week of days around the new year', () => {
    expect(periodOfDay('week', '2026-11-26')).toBe('2026-W48');
    expect(periodOfDay('week', '2026-12-31')).toBe('2026-W53');
    expect(periodOfDay('week', '2027-01-01')).toBe('2026-W53');
    expect(periodOfDay('week', '2027-01-03')).toBe('2026-W53');
    expect(periodOfDay('week', '2027-01-04')).toBe('2027-W01');
    expect(periodOfDay('week', '2024-12-30')).toBe('2025-W01');
    expect(periodOfDay('week', '2024-12-29')).toBe('2024-W52');
    expect(periodOfDay('week', '2021-01-03')).toBe('2020-W53');
    expect(periodOfDay('week', '2008-12-29')).toBe('2009-W01');
  });

  it('finds the day, month, quarter and first event', () => {
    expect(periodOfDay('day', '2026-11-26')).toBe('2026-11-26');
    expect(periodOfDay('month', '2028-02-29')).toBe('2028-02');
    expect(periodOfDay('quarter', '2026-03-31')).toBe('2026-Q1');
    expect(periodOfDay('quarter', '2026-04-01')).toBe('2026-Q2');
    expect(periodOfDay('quarter', '2026-12-31')).toBe('2026-Q4');
    expect(periodOfDay('event', '2026-11-26')).toBe('2026-11-26.1');
  });

  it('gives every day of 2024–2028 a period that contains it', () => {
    for (const day of days('2024-01-01', '2028-12-31')) {
      for (const kind of ['day', 'week', 'month', 'quarter', 'event'] as const) {
        const range = parsePeriod(kind, periodOfDay(kind, day))!;
        expect(range.first <= day && day <= range.last, `${kind} ${day}`).toBe(true);
      }
    }
  });

  it('throws on a day that does not exist', () => {
    expect(() => periodOfDay('week', '2026-02-30')).toThrow(RangeError);
    expect(() => periodOfDay('month', 'not a day')).toThrow(RangeError);
  });
});

describe('shiftPeriod', () => {
  it('moves weeks through week 53 and back', () => {
    expect(shiftPeriod('week', '2026-W52', 1)).toBe('2026-W53');
    expect(shiftPeriod('week', '2026-W52', 2)).toBe('2027-W01');
    expect(shiftPeriod('week', '2027-W01', -1)).toBe('2026-W53');
    expect(shiftPeriod('week', '2025-W01', -1)).toBe('2024-W52');
    expect(shiftPeriod('week', '2026-W48', 0)).toBe('2026-W48');
    expect(shiftPeriod('week', '2026-W48', -52)).toBe('2025-W48');
  });

  it('moves months and quarters across years', () => {
    expect(shiftPeriod('month', '2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('month', '2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('month', '2026-11', 25)).toBe('2028-12');
    expect(shiftPeriod('month', '2026-11', -23)).toBe('2024-12');
    expect(shiftPeriod('quarter', '2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('quarter', '2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('quarter', '2026-Q2', -8)).toBe('2024-Q2');
  });

  it('moves days across leap and month ends', () => {
    expect(shiftPeriod('day', '2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftPeriod('day', '2100-02-28', 1)).toBe('2100-03-01');
    expect(shiftPeriod('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftPeriod('day', '2026-03-01', -1)).toBe('2026-02-28');
  });

  it('throws for events, invalid keys and fractional steps', () => {
    expect(() => shiftPeriod('event', '2026-11-26.1', 1)).toThrow();
    expect(() => shiftPeriod('week', '2026-W54', 1)).toThrow();
    expect(() => shiftPeriod('month', '2026-13', 1)).toThrow();
    expect(() => shiftPeriod('month', '2026-11', 0.5)).toThrow();
    expect(() => shiftPeriod('month', '9999-12', 1)).toThrow();
  });
});

describe('periodLabel', () => {
  it('writes each kind in Chinese', () => {
    expect(periodLabel('day', '2026-11-26')).toBe('2026年11月26日(星期四)');
    expect(periodLabel('day', '2026-11-29')).toBe('2026年11月29日(星期日)');
    expect(periodLabel('day', '2028-02-29')).toBe('2028年2月29日(星期二)');
    expect(periodLabel('week', '2026-W48')).toBe('2026年第48周(11月23日—11月29日)');
    expect(periodLabel('week', '2026-W01')).toBe('2026年第1周(2025年12月29日—1月4日)');
    expect(periodLabel('week', '2026-W53')).toBe('2026年第53周(12月28日—2027年1月3日)');
    expect(periodLabel('month', '2026-11')).toBe('2026年11月');
    expect(periodLabel('month', '2026-01')).toBe('2026年1月');
    expect(periodLabel('quarter', '2026-Q4')).toBe('2026年第4季度');
    expect(periodLabel('event', '2026-11-26.1')).toBe('2026年11月26日 第1件');
    expect(periodLabel('event', '2026-11-26.12')).toBe('2026年11月26日 第12件');
  });

  it('returns an invalid key as it is', () => {
    expect(periodLabel('week', '2026-W54')).toBe('2026-W54');
    expect(periodLabel('day', '2026-02-30')).toBe('2026-02-30');
  });
});

describe('periodsBetween', () => {
  it('lists every period that overlaps the range, ascending', () => {
    expect(periodsBetween('week', '2026-12-20', '2027-01-10')).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
    expect(periodsBetween('month', '2026-11-15', '2027-02-01')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(periodsBetween('quarter', '2026-03-31', '2026-04-01')).toEqual(['2026-Q1', '2026-Q2']);
    expect(periodsBetween('day', '2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(periodsBetween('week', '2026-11-26', '2026-11-26')).toEqual(['2026-W48']);
    expect(periodsBetween('month', '2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });

  it('is empty for a backwards range and refuses events and invalid days', () => {
    expect(periodsBetween('month', '2026-12-01', '2026-11-01')).toEqual([]);
    expect(() => periodsBetween('event', '2026-11-01', '2026-11-30')).toThrow();
    expect(() => periodsBetween('day', '2026-02-30', '2026-03-01')).toThrow();
    expect(() => periodsBetween('day', '2026-02-01', '2026-02-30')).toThrow();
  });

  it('covers a year of days with 365 or 366 keys', () => {
    expect(periodsBetween('day', '2026-01-01', '2026-12-31')).toHaveLength(365);
    expect(periodsBetween('day', '2028-01-01', '2028-12-31')).toHaveLength(366);
    expect(periodsBetween('week', '2026-01-01', '2026-12-31')).toHaveLength(53);
  });
});
