import { describe, expect, it } from 'vitest';
import {
  DEADLINE_FORM_CODES,
  DEFAULT_DEADLINES,
  deadlineSettingsSchema,
  isDeadlineFormCode,
  type DeadlineSettings,
} from '../../../src-shared/domain/deadlines/rules';

const messages = (value: unknown) => {
  const r = deadlineSettingsSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const with_ = (patch: Record<string, unknown>) => ({ ...DEFAULT_DEADLINES, ...patch });

describe('DEFAULT_DEADLINES: the regulation’s values', () => {
  it('holds every rule of 第1篇', () => {
    expect(DEFAULT_DEADLINES).toEqual({
      visitWeekly: { weeksAfter: 0, weekday: 7, hour: 24 },
      repWeekly: { weeksAfter: 0, weekday: 7, hour: 24 },
      managerWeekly: { weeksAfter: 1, weekday: 1, hour: 12 },
      repMonthlyDay: 3,
      headOfficeMonthlyDay: 5,
      eventHours: { 一般: 24, 紧急: 2, 特急: 2 },
      infoHours: 24,
      quarterlyDays: 15,
      reviewWorkingDays: {
        F01: null,
        F02: null,
        F03: 2,
        F04: null,
        F05: null,
        F06: null,
        F07: null,
        F08: null,
        F09: null,
      },
      holidays: [],
      makeUpWorkdays: [],
    } satisfies DeadlineSettings);
  });

  it('passes its own schema', () => {
    expect(deadlineSettingsSchema.parse(DEFAULT_DEADLINES)).toEqual(DEFAULT_DEADLINES);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_DEADLINES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DEADLINES.managerWeekly)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DEADLINES.holidays)).toBe(true);
    expect(() => (DEFAULT_DEADLINES.holidays as string[]).push('2026-10-01')).toThrow();
    expect(() => {
      (DEFAULT_DEADLINES as DeadlineSettings).headOfficeMonthlyDay = 9;
    }).toThrow();
  });
});

describe('deadlineSettingsSchema', () => {
  it('accepts changed rules, holidays and 调休 days', () => {
    const s = with_({
      headOfficeMonthlyDay: 10,
      managerWeekly: { weeksAfter: 1, weekday: 2, hour: 9 },
      eventHours: { 一般: 12, 紧急: 0.5, 特急: 1 },
      holidays: ['2026-10-01', '2026-10-02'],
      makeUpWorkdays: ['2026-10-10'],
    });
    expect(deadlineSettingsSchema.safeParse(s).success).toBe(true);
  });

  it('rejects out-of-range rules with a Chinese message', () => {
    expect(messages(with_({ headOfficeMonthlyDay: 0 }))).toEqual(['报销售部期限日不能小于1']);
    expect(messages(with_({ headOfficeMonthlyDay: 32 }))).toEqual(['报销售部期限日不能大于31']);
    expect(messages(with_({ repMonthlyDay: 2.5 }))).toEqual(['代表月报期限日须为整数']);
    expect(messages(with_({ managerWeekly: { weeksAfter: 1, weekday: 8, hour: 12 } }))).toEqual([
      '经理周报报销售部期限的星期不能大于7',
    ]);
    expect(messages(with_({ repWeekly: { weeksAfter: 0, weekday: 7, hour: 25 } }))).toEqual([
      '代表周报期限的钟点不能大于24',
    ]);
    expect(messages(with_({ eventHours: { 一般: 24, 紧急: 0, 特急: 2 } }))).toEqual([
      '紧急事项时限须大于0小时',
    ]);
    expect(messages(with_({ infoHours: '24' }))).toEqual(['重要信息时限须为数字']);
    expect(messages(with_({ quarterlyDays: -1 }))).toEqual(['季度报告期限天数不能小于0']);
    expect(
      messages(with_({ reviewWorkingDays: { ...DEFAULT_DEADLINES.reviewWorkingDays, F03: 0 } })),
    ).toEqual(['审核期限至少1个工作日']);
  });

  it('rejects days that do not exist', () => {
    expect(messages(with_({ holidays: ['2026-02-30'] }))).toEqual(['节假日须为有效日期(年-月-日)']);
    expect(messages(with_({ makeUpWorkdays: ['2026/10/10'] }))).toEqual(['调休上班日须为有效日期(年-月-日)']);
    expect(messages(with_({ holidays: '2026-10-01' }))).toEqual(['节假日须为日期列表']);
  });

  it('rejects a day that is both a holiday and a 调休 working day', () => {
    expect(messages(with_({ holidays: ['2026-10-10'], makeUpWorkdays: ['2026-10-10'] }))).toEqual([
      '2026-10-10不能既是节假日又是调休上班日',
    ]);
  });

  it('rejects a missing rule', () => {
    const { quarterlyDays: _dropped, ...rest } = DEFAULT_DEADLINES;
    expect(messages(rest)).toEqual(['季度报告期限天数须为数字']);
  });
});

describe('form codes', () => {
  it('are F01 to F09', () => {
    expect(DEADLINE_FORM_CODES).toEqual(['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09']);
    expect(isDeadlineFormCode('F09')).toBe(true);
    expect(isDeadlineFormCode('F10')).toBe(false);
    expect(isDeadlineFormCode('toString')).toBe(false);
  });
});
