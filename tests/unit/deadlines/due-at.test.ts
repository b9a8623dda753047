import { describe, expect, it } from 'vitest';
import { FORM_CODES, getForm } from '../../../src-shared/domain/forms';
import {
  DEFAULT_DEADLINES,
  dueAt,
  isOnTime,
  type AuthorRole,
  type DeadlineSettings,
  type DueInput,
} from '../../../src-shared/domain/deadlines/rules';

// Expected instants are written in UTC: office time is UTC+8, so 24:00 of an office day is 16:00Z of that day.
const due = (input: DueInput, settings?: DeadlineSettings) => dueAt(input, settings)?.toISOString() ?? null;
const by = (formCode: string, periodKey: string, authorRole: AuthorRole, settings?: DeadlineSettings) =>
  due({ formCode, periodKey, authorRole }, settings);
const with_ = (patch: Partial<DeadlineSettings>): DeadlineSettings => ({ ...DEFAULT_DEADLINES, ...patch });

describe('the forms’ periods', () => {
  it('are the ones FORMS.md gives each form (F02: the joint visit’s day; F05: the month it plans)', () => {
    expect(Object.fromEntries(FORM_CODES.map((c) => [c, getForm(c).period]))).toEqual({
      F01: 'day',
      F02: 'day',
      F03: 'week',
      F04: 'month',
      F05: 'month',
      F06: 'event',
      F07: 'event',
      F08: 'quarter',
      F09: 'quarter',
    });
  });
});

describe('F01 走访表', () => {
  it('is due from a rep at Sunday 24:00 of the day’s ISO week', () => {
    for (const day of ['2026-11-23', '2026-11-26', '2026-11-29']) {
      expect(by('F01', day, 'rep'), day).toBe('2026-11-29T16:00:00.000Z');
    }
    expect(by('F01', '2026-11-30', 'rep')).toBe('2026-12-06T16:00:00.000Z');
  });

  it('follows the ISO week across the new year and the leap day', () => {
    expect(by('F01', '2026-12-31', 'rep')).toBe('2027-01-03T16:00:00.000Z');
    expect(by('F01', '2027-01-01', 'rep')).toBe('2027-01-03T16:00:00.000Z');
    expect(by('F01', '2024-12-30', 'rep')).toBe('2025-01-05T16:00:00.000Z');
    expect(by('F01', '2028-02-29', 'rep')).toBe('2028-03-05T16:00:00.000Z');
  });

  it('keeps the rep’s deadline when a clerk enters the form', () => {
    expect(by('F01', '2026-11-26', 'clerk')).toBe('2026-11-29T16:00:00.000Z');
  });

  it('is due from a manager visiting alone at 销售部 by the 5th of the next month, 24:00', () => {
    expect(by('F01', '2026-11-26', 'manager')).toBe('2026-12-05T16:00:00.000Z');
    expect(by('F01', '2026-11-01', 'manager')).toBe('2026-12-05T16:00:00.000Z');
    expect(by('F01', '2026-12-31', 'manager')).toBe('2027-01-05T16:00:00.000Z');
    expect(by('F01', '2026-01-31', 'manager')).toBe('2026-02-05T16:00:00.000Z');
  });
});

describe('F02 协访表', () => {
  it('is due at 销售部 by the 5th of the month after the joint visit', () => {
    expect(by('F02', '2026-11-26', 'manager')).toBe('2026-12-05T16:00:00.000Z');
    expect(by('F02', '2026-01-31', 'manager')).toBe('2026-02-05T16:00:00.000Z');
    expect(by('F02', '2026-02-28', 'manager')).toBe('2026-03-05T16:00:00.000Z');
    expect(by('F02', '2028-02-29', 'manager')).toBe('2028-03-05T16:00:00.000Z');
    expect(by('F02', '2026-12-01', 'manager')).toBe('2027-01-05T16:00:00.000Z');
  });
});

describe('F03 周计划与周报告', () => {
  it('is due from a rep at Sunday 24:00 of the week', () => {
    expect(by('F03', '2026-W48', 'rep')).toBe('2026-11-29T16:00:00.000Z');
    expect(by('F03', '2026-W48', 'clerk')).toBe('2026-11-29T16:00:00.000Z');
    expect(by('F03', '2026-W53', 'rep')).toBe('2027-01-03T16:00:00.000Z');
    expect(by('F03', '2025-W01', 'rep')).toBe('2025-01-05T16:00:00.000Z');
  });

  it('is due from a manager at Monday 12:00 of the following week', () => {
    expect(by('F03', '2026-W48', 'manager')).toBe('2026-11-30T04:00:00.000Z');
    expect(by('F03', '2026-W52', 'manager')).toBe('2026-12-28T04:00:00.000Z');
    expect(by('F03', '2026-W53', 'manager')).toBe('2027-01-04T04:00:00.000Z');
    expect(by('F03', '2028-W08', 'manager')).toBe('2028-02-28T04:00:00.000Z');
  });

  it('counts Monday 12:00:00.000 as on time and a millisecond later as late', () => {
    const deadline = dueAt({ formCode: 'F03', periodKey: '2026-W48', authorRole: 'manager' })!;
    // Office time 2026-11-30 (Monday) 11:59:59, 12:00:00.000 and 12:00:00.001.
    expect(isOnTime(new Date('2026-11-30T03:59:59.000Z'), deadline)).toBe(true);
    expect(isOnTime(new Date('2026-11-30T04:00:00.000Z'), deadline)).toBe(true);
    expect(isOnTime(new Date('2026-11-30T04:00:00.001Z'), deadline)).toBe(false);
    expect(isOnTime(new Date('2026-11-30T12:00:00.000Z'), deadline)).toBe(false);
  });
});

describe('F04 月工作总结 and F05 月工作计划', () => {
  it('F04 is due from a rep on the 3rd of the next month, 24:00', () => {
    expect(by('F04', '2026-11', 'rep')).toBe('2026-12-03T16:00:00.000Z');
    expect(by('F04', '2026-12', 'rep')).toBe('2027-01-03T16:00:00.000Z');
    expect(by('F04', '2026-01', 'rep')).toBe('2026-02-03T16:00:00.000Z');
    expect(by('F04', '2028-02', 'clerk')).toBe('2028-03-03T16:00:00.000Z');
  });

  it('F04 is due from a manager at 销售部 by the 5th of the next month', () => {
    expect(by('F04', '2026-11', 'manager')).toBe('2026-12-05T16:00:00.000Z');
    expect(by('F04', '2026-12', 'manager')).toBe('2027-01-05T16:00:00.000Z');
  });

  it('F05 for a month is handed in with the F04 of the month before', () => {
    expect(by('F05', '2026-12', 'rep')).toBe('2026-12-03T16:00:00.000Z');
    expect(by('F05', '2026-12', 'manager')).toBe('2026-12-05T16:00:00.000Z');
    expect(by('F05', '2027-01', 'rep')).toBe('2027-01-03T16:00:00.000Z');
    expect(by('F05', '2027-01', 'rep')).toBe(by('F04', '2026-12', 'rep'));
    expect(by('F05', '2027-01', 'manager')).toBe(by('F04', '2026-12', 'manager'));
    expect(by('F05', '2028-03', 'rep')).toBe(by('F04', '2028-02', 'rep'));
  });
});

describe('F06 重要事项报告', () => {
  // Office time 2026-11-26 10:30.
  const eventAt = new Date('2026-11-26T02:30:00.000Z');
  const f06 = (urgency?: '一般' | '紧急' | '特急') =>
    due({
      formCode: 'F06',
      periodKey: '2026-11-26.1',
      authorRole: 'rep',
      eventAt,
      ...(urgency ? { urgency } : {}),
    });

  it('is due 2 h after the event when 紧急 or 特急, 24 h when 一般', () => {
    expect(f06('紧急')).toBe('2026-11-26T04:30:00.000Z');
    expect(f06('特急')).toBe('2026-11-26T04:30:00.000Z');
    expect(f06('一般')).toBe('2026-11-27T02:30:00.000Z');
  });

  it('treats a missing urgency as 一般', () => {
    expect(f06()).toBe('2026-11-27T02:30:00.000Z');
  });

  it('is the same for every author', () => {
    for (const authorRole of ['rep', 'manager', 'clerk'] as const) {
      expect(due({ formCode: 'F06', periodKey: '2026-11-26.2', authorRole, eventAt, urgency: '特急' })).toBe(
        '2026-11-26T04:30:00.000Z',
      );
    }
  });

  it('crosses midnight and the year end', () => {
    const late = new Date('2026-12-31T15:00:00.000Z'); // office 23:00 on 31 December
    expect(
      due({ formCode: 'F06', periodKey: '2026-12-31.1', authorRole: 'rep', eventAt: late, urgency: '紧急' }),
    ).toBe('2026-12-31T17:00:00.000Z');
    expect(due({ formCode: 'F06', periodKey: '2026-12-31.1', authorRole: 'rep', eventAt: late })).toBe(
      '2027-01-01T15:00:00.000Z',
    );
  });

  it('is null without the event time or with an invalid event key', () => {
    expect(
      due({ formCode: 'F06', periodKey: '2026-11-26.1', authorRole: 'rep', urgency: '紧急' }),
    ).toBeNull();
    expect(
      due({ formCode: 'F06', periodKey: '2026-11-26.1', authorRole: 'rep', eventAt: new Date(Number.NaN) }),
    ).toBeNull();
    expect(due({ formCode: 'F06', periodKey: '2026-11-26', authorRole: 'rep', eventAt })).toBeNull();
    expect(due({ formCode: 'F06', periodKey: '2026-02-30.1', authorRole: 'rep', eventAt })).toBeNull();
    expect(due({ formCode: 'F06', periodKey: '2026-11-26.0', authorRole: 'rep', eventAt })).toBeNull();
  });
});

describe('F07 重要信息报告', () => {
  it('is due 24 h after the information was obtained', () => {
    const eventAt = new Date('2026-11-26T06:15:00.000Z');
    expect(due({ formCode: 'F07', periodKey: '2026-11-26.1', authorRole: 'rep', eventAt })).toBe(
      '2026-11-27T06:15:00.000Z',
    );
  });

  it('counts from the start of 获取日期 in the office when no time is given', () => {
    expect(by('F07', '2026-11-26.1', 'rep')).toBe('2026-11-26T16:00:00.000Z');
    expect(by('F07', '2026-12-31.4', 'manager')).toBe('2026-12-31T16:00:00.000Z');
    expect(by('F07', '2028-02-29.1', 'clerk')).toBe('2028-02-29T16:00:00.000Z');
  });

  it('is null for an invalid key', () => {
    expect(by('F07', '2026-11-26', 'rep')).toBeNull();
    expect(by('F07', '2026-11-31.1', 'rep')).toBeNull();
  });
});

describe('F08 季度市场分析报告 and F09 述职报告', () => {
  it('are due at the end of the 15th day after the quarter ends', () => {
    for (const form of ['F08', 'F09']) {
      expect(by(form, '2026-Q1', 'manager'), form).toBe('2026-04-15T16:00:00.000Z');
      expect(by(form, '2026-Q2', 'manager'), form).toBe('2026-07-15T16:00:00.000Z');
      expect(by(form, '2026-Q3', 'manager'), form).toBe('2026-10-15T16:00:00.000Z');
      expect(by(form, '2026-Q4', 'manager'), form).toBe('2027-01-15T16:00:00.000Z');
    }
  });

  it('counts the days in the calendar, across February of leap and common years', () => {
    const long = (quarterlyDays: number) => ({ ...DEFAULT_DEADLINES, quarterlyDays });
    expect(by('F08', '2027-Q4', 'manager', long(60))).toBe('2028-02-29T16:00:00.000Z');
    expect(by('F08', '2099-Q4', 'manager', long(60))).toBe('2100-03-01T16:00:00.000Z');
    expect(by('F09', '2026-Q4', 'manager', long(0))).toBe('2026-12-31T16:00:00.000Z');
  });
});

describe('invalid input', () => {
  it('is null when the key does not fit the form’s period kind or does not exist', () => {
    const cases: [string, string][] = [
      ['F01', '2026-W48'],
      ['F01', '2026-02-30'],
      ['F01', '2027-02-29'],
      ['F01', '2100-02-29'],
      ['F02', '2026-11'],
      ['F03', '2026-11-26'],
      ['F03', '2026-W54'],
      ['F03', '2027-W53'],
      ['F04', '2026-13'],
      ['F04', '2026-Q4'],
      ['F05', '2026-00'],
      ['F08', '2026-Q5'],
      ['F09', '2026-12'],
    ];
    for (const [form, key] of cases) {
      for (const role of ['rep', 'manager', 'clerk'] as const)
        expect(by(form, key, role), `${form} ${key}`).toBeNull();
    }
  });

  it('is null for a form without deadlines', () => {
    expect(by('F10', '2026-11-26', 'rep')).toBeNull();
    expect(by('f01', '2026-11-26', 'rep')).toBeNull();
    expect(by('', '2026-11-26', 'rep')).toBeNull();
  });
});

describe('isOnTime', () => {
  it('is on time up to and including the due instant', () => {
    const d = new Date('2026-11-29T16:00:00.000Z');
    expect(isOnTime(new Date('2026-11-29T15:59:59.999Z'), d)).toBe(true);
    expect(isOnTime(new Date('2026-11-29T16:00:00.000Z'), d)).toBe(true);
    expect(isOnTime(new Date('2026-11-29T16:00:00.001Z'), d)).toBe(false);
  });

  it('makes a rep’s Sunday-night F01 on time until midnight in the office', () => {
    const d = dueAt({ formCode: 'F01', periodKey: '2026-11-26', authorRole: 'rep' })!;
    expect(isOnTime(new Date('2026-11-29T15:59:00.000Z'), d)).toBe(true); // Sunday 23:59
    expect(isOnTime(new Date('2026-11-29T16:01:00.000Z'), d)).toBe(false); // Monday 00:01
  });
});

describe('changed settings', () => {
  it('headOfficeMonthlyDay moves F01 (manager), F02 and the manager’s F04/F05', () => {
    const s = with_({ headOfficeMonthlyDay: 10 });
    expect(by('F01', '2026-11-26', 'manager', s)).toBe('2026-12-10T16:00:00.000Z');
    expect(by('F02', '2026-11-26', 'manager', s)).toBe('2026-12-10T16:00:00.000Z');
    expect(by('F04', '2026-12', 'manager', s)).toBe('2027-01-10T16:00:00.000Z');
    expect(by('F05', '2027-01', 'manager', s)).toBe('2027-01-10T16:00:00.000Z');
    expect(by('F04', '2026-12', 'rep', s)).toBe('2027-01-03T16:00:00.000Z');
    expect(by('F01', '2026-11-26', 'rep', s)).toBe('2026-11-29T16:00:00.000Z');
  });

  it('a day past the month’s end means the month’s last day', () => {
    const s = with_({ headOfficeMonthlyDay: 31, repMonthlyDay: 30 });
    expect(by('F02', '2026-01-15', 'manager', s)).toBe('2026-02-28T16:00:00.000Z');
    expect(by('F02', '2028-01-15', 'manager', s)).toBe('2028-02-29T16:00:00.000Z');
    expect(by('F02', '2100-01-15', 'manager', s)).toBe('2100-02-28T16:00:00.000Z');
    expect(by('F04', '2026-03', 'manager', s)).toBe('2026-04-30T16:00:00.000Z');
    expect(by('F04', '2026-04', 'manager', s)).toBe('2026-05-31T16:00:00.000Z');
    expect(by('F04', '2028-01', 'rep', s)).toBe('2028-02-29T16:00:00.000Z');
  });

  it('repMonthlyDay moves the rep’s F04/F05', () => {
    const s = with_({ repMonthlyDay: 1 });
    expect(by('F04', '2026-11', 'rep', s)).toBe('2026-12-01T16:00:00.000Z');
    expect(by('F05', '2026-12', 'rep', s)).toBe('2026-12-01T16:00:00.000Z');
  });

  it('weekly rules take weekday, hour and weeks after', () => {
    const s = with_({
      visitWeekly: { weeksAfter: 1, weekday: 1, hour: 9 },
      repWeekly: { weeksAfter: 0, weekday: 6, hour: 18 },
      managerWeekly: { weeksAfter: 1, weekday: 2, hour: 17 },
    });
    expect(by('F01', '2026-11-26', 'rep', s)).toBe('2026-11-30T01:00:00.000Z');
    expect(by('F03', '2026-W48', 'rep', s)).toBe('2026-11-28T10:00:00.000Z');
    expect(by('F03', '2026-W48', 'manager', s)).toBe('2026-12-01T09:00:00.000Z');
    expect(by('F03', '2026-W53', 'manager', s)).toBe('2027-01-05T09:00:00.000Z');
  });

  it('event hours and the quarter’s days are settings', () => {
    const eventAt = new Date('2026-11-26T02:30:00.000Z');
    const s = with_({ eventHours: { 一般: 48, 紧急: 4, 特急: 1 }, infoHours: 12, quarterlyDays: 20 });
    const f06 = (urgency: '一般' | '紧急' | '特急') =>
      due({ formCode: 'F06', periodKey: '2026-11-26.1', authorRole: 'rep', eventAt, urgency }, s);
    expect(f06('一般')).toBe('2026-11-28T02:30:00.000Z');
    expect(f06('紧急')).toBe('2026-11-26T06:30:00.000Z');
    expect(f06('特急')).toBe('2026-11-26T03:30:00.000Z');
    expect(by('F07', '2026-11-26.1', 'rep', s)).toBe('2026-11-26T04:00:00.000Z');
    expect(by('F08', '2026-Q4', 'manager', s)).toBe('2027-01-20T16:00:00.000Z');
  });

  it('uses the regulation’s values when no settings are passed', () => {
    expect(dueAt({ formCode: 'F02', periodKey: '2026-11-26', authorRole: 'manager' })).toEqual(
      dueAt({ formCode: 'F02', periodKey: '2026-11-26', authorRole: 'manager' }, DEFAULT_DEADLINES),
    );
    expect(by('F02', '2026-11-26', 'manager')).not.toBe(
      by('F02', '2026-11-26', 'manager', with_({ headOfficeMonthlyDay: 6 })),
    );
  });
});
