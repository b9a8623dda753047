import { describe, expect, it } from 'vitest';
import { isFinishedTime, minutesOf, parseTime } from '../../../src-renderer/features/reports/time-entry';

describe('typing a time of day in a visit row', () => {
  it.each([
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['９：３０', '09:30'],
    ['9点30', '09:30'],
    ['9点半', '09:30'],
    ['9点', '09:00'],
    ['14', '14:00'],
    ['1405', '14:05'],
    [' 16 : 20 ', '16:20'],
    ['下午2:30', '14:30'],
    ['下午2点半', '14:30'],
    ['下午14:30', '14:30'],
    ['中午12点', '12:00'],
    ['中午1点', '13:00'],
    ['上午10点', '10:00'],
    ['0000', '00:00'],
    ['23:59', '23:59'],
  ])('reads %s as %s on a 24-hour clock', (typed, stored) => {
    expect(parseTime(typed)).toBe(stored);
  });

  it('keeps a cleared field blank', () => {
    expect(parseTime('')).toBe('');
    expect(parseTime('   ')).toBe('');
  });

  it.each(['2400', '24:00', '9:60', '12345', '九点', 'abc', '9:3:0', '下午'])(
    'refuses %s, which is not a time of day',
    (typed) => {
      expect(parseTime(typed)).toBeNull();
    },
  );

  it('stores while typing only once the time cannot grow any more', () => {
    expect(isFinishedTime('0930')).toBe(true);
    expect(isFinishedTime('9:30')).toBe(true);
    expect(isFinishedTime('０９３０')).toBe(true);
    // 930 may still become 9300 (refused) or be left as it is: it waits for the field to be left.
    expect(isFinishedTime('930')).toBe(false);
    expect(isFinishedTime('9:3')).toBe(false);
    expect(isFinishedTime('9点半')).toBe(false);
  });

  it('orders stored times by minutes since midnight', () => {
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('9:30')).toBeNull();
    expect(minutesOf(null)).toBeNull();
  });
});
