import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINES,
  deadlineSettingsSchema,
  type DeadlineSettings,
} from '../../../src-shared/domain/deadlines/rules';
import { FORM_CODES, isFormCode } from '../../../src-shared/domain/forms';
import { regulationText } from '../../helpers/regulation';

const messages = (value: unknown) => {
  const r = deadlineSettingsSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const with_ = (patch: Record<string, unknown>) => ({ ...DEFAULT_DEADLINES, ...patch });

/**
 * Where each default comes from. `regulation` is quoted verbatim from 区域销售管理制度 (第1篇) and
 * checked to stand in the numbered `clause` of the file itself; where the regulation leaves the
 * figure open (周末, 及时), `forms` quotes the FORMS.md row that fixes it. `figure` is the words of
 * the quotation that state the value.
 */
interface Clause {
  setting: string;
  clause?: string;
  regulation?: string;
  forms?: string;
  figure: string;
  expected: unknown;
}

const CLAUSES: Clause[] = [
  {
    setting: 'visitWeekly',
    clause: '1)、日报告制度',
    regulation: '各位营销代表每天拜访客户时填写《走访表》,周末寄给办事处',
    forms: "F01: rep hands the week's forms to the office at the weekend (by Sunday 24:00)",
    figure: 'Sunday 24:00',
    expected: { weeksAfter: 0, weekday: 7, hour: 24 },
  },
  {
    setting: 'repWeekly',
    clause: '2)、周报告制度',
    regulation: '要求各位营销代表填写的《周计划与周报告》在周末传真或递交给区域经理',
    forms: 'F03: rep → manager by the weekend (Sunday 24:00)',
    figure: 'Sunday 24:00',
    expected: { weeksAfter: 0, weekday: 7, hour: 24 },
  },
  {
    setting: 'managerWeekly',
    clause: '2)、周报告制度',
    regulation: '区域经理填写的《周计划与周报告》须在每周一12:00前传真或发电子邮件至销售部',
    forms: "F03: manager's own → 销售部 before Monday 12:00 of the following week",
    figure: '每周一12:00前',
    expected: { weeksAfter: 1, weekday: 1, hour: 12 },
  },
  {
    setting: 'repMonthlyDay',
    clause: '3)、月报告制度',
    regulation: '要求各位营销代表填写的《月工作总结》和《月工作计划》在每月3日传真或递交给区域经理',
    figure: '每月3日',
    expected: 3,
  },
  {
    setting: 'headOfficeMonthlyDay',
    clause: '3)、月报告制度',
    regulation: '区域经理填写的《月工作总结》和《月工作计划》须在每月5日前传真或发电子邮件至销售部',
    figure: '每月5日前',
    expected: 5,
  },
  {
    setting: 'headOfficeMonthlyDay',
    clause: '1)、日报告制度',
    regulation: '每月的《协访表》和《走访表》在下月5日前寄回销售部',
    figure: '下月5日前',
    expected: 5,
  },
  {
    setting: 'eventHours.一般',
    clause: '4)、重要事项报告制度',
    regulation: '区域经理和各位营销代表遇不能决定的重要事项应及时向上汇报',
    forms:
      'F06: Default time limits: 紧急/特急 within 2 h (orally first, then in writing), 一般 within 24 h.',
    figure: '一般 within 24 h',
    expected: 24,
  },
  {
    setting: 'eventHours.紧急',
    clause: '4)、重要事项报告制度',
    regulation: '区域经理和各位营销代表遇不能决定的重要事项应及时向上汇报',
    forms:
      'F06: Default time limits: 紧急/特急 within 2 h (orally first, then in writing), 一般 within 24 h.',
    figure: '紧急/特急 within 2 h',
    expected: 2,
  },
  {
    setting: 'eventHours.特急',
    clause: '4)、重要事项报告制度',
    regulation: '区域经理和各位营销代表遇不能决定的重要事项应及时向上汇报',
    forms:
      'F06: Default time limits: 紧急/特急 within 2 h (orally first, then in writing), 一般 within 24 h.',
    figure: '紧急/特急 within 2 h',
    expected: 2,
  },
  {
    setting: 'infoHours',
    clause: '5)、重要信息报告制度',
    regulation: '区域经理和各位营销代表得到重要信息应及时向上汇报',
    forms: 'F07: at once (default: within 24 h)',
    figure: 'within 24 h',
    expected: 24,
  },
  {
    setting: 'quarterlyDays',
    clause: '6)、述职报告制度',
    regulation: '区域经理每季度结束后15日内须向销售部书面提交市场分析报告',
    figure: '15日内',
    expected: 15,
  },
  {
    setting: 'reviewWorkingDays.F03',
    forms: 'F03: 上级意见 (the manager comments within 2 working days)',
    figure: '2 working days',
    expected: 2,
  },
];

/** Every value of the defaults by its dotted path, lists kept whole. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return new Map([[path, value]]);
  return new Map(
    Object.entries(value).flatMap(([key, inner]) => [...leaves(inner, path ? `${path}.${key}` : key)]),
  );
}

/** The text of one numbered clause of 第1篇, from its heading ("3)、月报告制度") to the next. */
function clauseText(regulation: string, heading: string): string {
  const start = regulation.indexOf(heading);
  if (start < 0) return '';
  const next = regulation.slice(start + heading.length).search(/\n(\d\)、|第\d篇)/);
  return next < 0 ? regulation.slice(start) : regulation.slice(start, start + heading.length + next);
}

const settingAt = (path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], DEFAULT_DEADLINES);

describe('DEFAULT_DEADLINES: the regulation’s values', () => {
  const regulation = regulationText();

  it.each(CLAUSES.map((c) => [c.setting, c.figure, c] as const))('%s: %s', (setting, figure, clause) => {
    expect(clause.regulation ?? clause.forms, 'a default cites its source').toBeDefined();
    if (clause.regulation) {
      expect(clauseText(regulation, clause.clause!), `quoted verbatim from ${clause.clause}`).toContain(
        clause.regulation,
      );
    }
    expect(`${clause.regulation ?? ''} ${clause.forms ?? ''}`).toContain(figure);
    // The figure quoted is the figure expected: 5 in 每月5日前, 12 in 每周一12:00前.
    const stated =
      typeof clause.expected === 'number' ? clause.expected : (clause.expected as { hour: number }).hour;
    expect(figure).toContain(String(stated));
    expect(settingAt(setting)).toEqual(clause.expected);
  });

  it('cites a clause for every limit it sets; what the regulation leaves open is unlimited or empty', () => {
    const cited = new Set(CLAUSES.map((c) => c.setting));
    const uncited = [...leaves(DEFAULT_DEADLINES)].filter(
      ([path]) => ![...cited].some((c) => path === c || path.startsWith(`${c}.`)),
    );
    // No review limit except F03's, and no office calendar until the office enters one.
    for (const [path, value] of uncited)
      expect(value === null || (Array.isArray(value) && value.length === 0), path).toBe(true);
    expect(uncited.map(([path]) => path)).toContain('holidays');
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
    expect(FORM_CODES).toEqual(['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09']);
    expect(isFormCode('F09')).toBe(true);
    expect(isFormCode('F10')).toBe(false);
    expect(isFormCode('toString')).toBe(false);
  });
});
