import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINES,
  dueAt,
  headOfficeDueAt,
  isOnTime,
  reviewDueAt,
  type DeadlineSettings,
} from '../../../src-shared/domain/deadlines/rules';

// Office time is UTC+8: 24:00 of an office day is 16:00Z of that day.
const ho = (form: string, key: string, settings?: DeadlineSettings) =>
  headOfficeDueAt(form, key, settings)?.toISOString() ?? null;
const review = (form: string, submittedAt: string, settings?: DeadlineSettings) =>
  reviewDueAt(form, new Date(submittedAt), settings)?.toISOString() ?? null;
const with_ = (patch: Partial<DeadlineSettings>): DeadlineSettings => ({ ...DEFAULT_DEADLINES, ...patch });

describe('headOfficeDueAt', () => {
  it('sends the month’s F01 and F02 to 销售部 by the 5th of the next month', () => {
    expect(ho('F01', '2026-11-26')).toBe('2026-12-05T16:00:00.000Z');
    expect(ho('F01', '2026-11-30')).toBe('2026-12-05T16:00:00.000Z');
    expect(ho('F01', '2026-12-01')).toBe('2027-01-05T16:00:00.000Z');
    expect(ho('F01', '2026-12-31')).toBe('2027-01-05T16:00:00.000Z');
    expect(ho('F01', '2026-01-31')).toBe('2026-02-05T16:00:00.000Z');
    expect(ho('F02', '2028-02-29')).toBe('2028-03-05T16:00:00.000Z');
    expect(ho('F02', '2026-02-28')).toBe('2026-03-05T16:00:00.000Z');
  });

  it('takes a rep’s F01 of a week that crosses months with the month of its own day', () => {
    // 2026-W53 runs 28 December to 3 January: the same week, two head-office deadlines.
    expect(ho('F01', '2026-12-31')).toBe('2027-01-05T16:00:00.000Z');
    expect(ho('F01', '2027-01-01')).toBe('2027-02-05T16:00:00.000Z');
  });

  it('sends the weekly report on Monday 12:00 of the following week, as the manager’s own', () => {
    expect(ho('F03', '2026-W48')).toBe('2026-11-30T04:00:00.000Z');
    expect(ho('F03', '2026-W53')).toBe('2027-01-04T04:00:00.000Z');
    expect(ho('F03', '2026-W48')).toBe(
      dueAt({ formCode: 'F03', periodKey: '2026-W48', authorRole: 'manager' })?.toISOString(),
    );
  });

  it('sends F04 by the 5th of the next month and F05 by the 5th of its own month', () => {
    expect(ho('F04', '2026-11')).toBe('2026-12-05T16:00:00.000Z');
    expect(ho('F04', '2026-12')).toBe('2027-01-05T16:00:00.000Z');
    expect(ho('F05', '2026-12')).toBe('2026-12-05T16:00:00.000Z');
    expect(ho('F05', '2027-01')).toBe('2027-01-05T16:00:00.000Z');
  });

  it('sends F08 and F09 within 15 days after the quarter', () => {
    expect(ho('F08', '2026-Q4')).toBe('2027-01-15T16:00:00.000Z');
    expect(ho('F09', '2026-Q4')).toBe('2027-01-15T16:00:00.000Z');
    expect(ho('F08', '2027-Q1')).toBe('2027-04-15T16:00:00.000Z');
    expect(ho('F09', '2028-Q1')).toBe('2028-04-15T16:00:00.000Z');
  });

  it('has no head-office deadline for event reports, unknown forms or invalid keys', () => {
    expect(ho('F06', '2026-11-26.1')).toBeNull();
    expect(ho('F07', '2026-11-26.1')).toBeNull();
    expect(ho('F10', '2026-11-26')).toBeNull();
    expect(ho('F01', '2026-02-30')).toBeNull();
    expect(ho('F03', '2026-W54')).toBeNull();
    expect(ho('F04', '2026-13')).toBeNull();
    expect(ho('F08', '2026-Q5')).toBeNull();
  });

  it('follows the settings', () => {
    const s = with_({ headOfficeMonthlyDay: 10, quarterlyDays: 10 });
    expect(ho('F01', '2026-11-26', s)).toBe('2026-12-10T16:00:00.000Z');
    expect(ho('F02', '2026-12-31', s)).toBe('2027-01-10T16:00:00.000Z');
    expect(ho('F04', '2026-11', s)).toBe('2026-12-10T16:00:00.000Z');
    expect(ho('F08', '2026-Q4', s)).toBe('2027-01-10T16:00:00.000Z');
    expect(ho('F03', '2026-W48', with_({ managerWeekly: { weeksAfter: 1, weekday: 1, hour: 9 } }))).toBe(
      '2026-11-30T01:00:00.000Z',
    );
  });
});

describe('reviewDueAt: the manager comments on a rep’s F03 within 2 working days', () => {
  it('ends with the 2nd working day after the submission day', () => {
    // Submitted Tuesday 2026-11-24 09:00 → Wednesday, Thursday → Thursday 24:00.
    expect(review('F03', '2026-11-24T01:00:00.000Z')).toBe('2026-11-26T16:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 2026-11-27 15:00 → Monday, Tuesday.
    expect(review('F03', '2026-11-27T07:00:00.000Z')).toBe('2026-12-01T16:00:00.000Z');
    // Saturday and Sunday 23:00 → Monday, Tuesday.
    expect(review('F03', '2026-11-28T03:00:00.000Z')).toBe('2026-12-01T16:00:00.000Z');
    expect(review('F03', '2026-11-29T15:00:00.000Z')).toBe('2026-12-01T16:00:00.000Z');
    // Thursday → Friday, Monday.
    expect(review('F03', '2026-11-26T02:00:00.000Z')).toBe('2026-11-30T16:00:00.000Z');
  });

  it('reads the submission day in office time', () => {
    // 16:30Z on Sunday is already Monday 00:30 in the office → Tuesday, Wednesday.
    expect(review('F03', '2026-11-29T16:30:00.000Z')).toBe('2026-12-02T16:00:00.000Z');
    // 15:59:59.999Z on Sunday is still Sunday in the office.
    expect(review('F03', '2026-11-29T15:59:59.999Z')).toBe('2026-12-01T16:00:00.000Z');
  });

  it('skips public holidays', () => {
    const nationalDay = with_({
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    });
    // Wednesday 2026-09-30 10:00 → Thursday 8 and Friday 9 October.
    expect(review('F03', '2026-09-30T02:00:00.000Z', nationalDay)).toBe('2026-10-09T16:00:00.000Z');
    expect(review('F03', '2026-09-30T02:00:00.000Z')).toBe('2026-10-02T16:00:00.000Z');
    // A holiday on the submission day itself does not matter: counting starts the day after.
    expect(review('F03', '2026-10-01T02:00:00.000Z', nationalDay)).toBe('2026-10-09T16:00:00.000Z');
  });

  it('counts a 调休 Saturday as a working day', () => {
    const makeUp = with_({ makeUpWorkdays: ['2026-10-10'] });
    // Friday 2026-10-09 → Saturday 10 (调休), Monday 12.
    expect(review('F03', '2026-10-09T02:00:00.000Z', makeUp)).toBe('2026-10-12T16:00:00.000Z');
    expect(review('F03', '2026-10-09T02:00:00.000Z')).toBe('2026-10-13T16:00:00.000Z');
    // Thursday 2026-10-08 → Friday 9, Saturday 10 (调休).
    expect(review('F03', '2026-10-08T02:00:00.000Z', makeUp)).toBe('2026-10-10T16:00:00.000Z');
  });

  it('takes holidays and 调休 together, as around a long holiday', () => {
    const s = with_({
      holidays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      makeUpWorkdays: ['2027-02-07', '2027-02-20'],
    });
    // Thursday 2027-02-04 → Sunday 7 (调休), Friday 12.
    expect(review('F03', '2027-02-04T02:00:00.000Z', s)).toBe('2027-02-12T16:00:00.000Z');
    // Friday 2027-02-19 → Saturday 20 (调休), Monday 22.
    expect(review('F03', '2027-02-19T02:00:00.000Z', s)).toBe('2027-02-22T16:00:00.000Z');
  });

  it('is null for forms without a review limit and for an invalid instant', () => {
    for (const form of ['F01', 'F02', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09', 'F10']) {
      expect(review(form, '2026-11-24T01:00:00.000Z'), form).toBeNull();
    }
    expect(reviewDueAt('F03', new Date(Number.NaN))).toBeNull();
  });

  it('follows the setting per form', () => {
    const s = with_({ reviewWorkingDays: { ...DEFAULT_DEADLINES.reviewWorkingDays, F03: 3, F04: 1 } });
    expect(review('F03', '2026-11-27T07:00:00.000Z', s)).toBe('2026-12-02T16:00:00.000Z');
    expect(review('F04', '2026-12-03T07:00:00.000Z', s)).toBe('2026-12-04T16:00:00.000Z');
    const off = with_({ reviewWorkingDays: { ...DEFAULT_DEADLINES.reviewWorkingDays, F03: null } });
    expect(review('F03', '2026-11-27T07:00:00.000Z', off)).toBeNull();
  });

  it('judges a review on the last day as on time and the next morning as late', () => {
    const d = reviewDueAt('F03', new Date('2026-11-27T07:00:00.000Z'))!;
    expect(isOnTime(new Date('2026-12-01T15:59:59.999Z'), d)).toBe(true);
    expect(isOnTime(new Date('2026-12-01T16:00:00.001Z'), d)).toBe(false);
  });
});
