import { z } from 'zod';
import { FORM_CODES, FORMS, type FormCode } from '../forms';
import { parseDay } from './calendar';

/** Degrees of urgency of a 重要事项报告 (F06). */
export const URGENCIES = ['一般', '紧急', '特急'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * A due moment inside a week: `weekday` (ISO, Monday 1 … Sunday 7) at `hour`:00 office time, in the
 * week `weeksAfter` weeks after the period's own ISO week (0: the same week). Hour 24 is the end of
 * the day, so Sunday 24:00 is the instant the next Monday begins.
 */
export type WeeklyDue = {
  weeksAfter: number;
  weekday: number;
  hour: number;
};

/** Every deadline rule of the regulation (第1篇), as a setting the manager can change. */
export type DeadlineSettings = {
  /** F01 走访表, rep (and a clerk entering for a rep): the week's forms handed in. Default Sunday 24:00 of the day's week. */
  visitWeekly: WeeklyDue;
  /** F03 周计划与周报告, rep → manager. Default Sunday 24:00 of the report's week. */
  repWeekly: WeeklyDue;
  /** F03, manager's own → 销售部. Default Monday 12:00 of the following week. */
  managerWeekly: WeeklyDue;
  /** F04/F05, rep → manager: by the end of this day of the month after (F05: of its own month). Default 3. */
  repMonthlyDay: number;
  /** To 销售部 by the end of this day of the next month: F01, F02, and the manager's F04/F05. Default 5. */
  headOfficeMonthlyDay: number;
  /** F06 重要事项报告: hours after the event, by urgency. Default 一般 24, 紧急 2, 特急 2. */
  eventHours: Record<Urgency, number>;
  /** F07 重要信息报告: hours after the information was obtained. Default 24. */
  infoHours: number;
  /** F08/F09: by the end of this many days after the quarter's last day. Default 15. */
  quarterlyDays: number;
  /** Working days the reviewer has to comment after submission, per form; null: no review limit. Default F03 2. */
  reviewWorkingDays: Record<FormCode, number | null>;
  /** Public holidays (YYYY-MM-DD) that are not working days even on a weekday. */
  holidays: string[];
  /** Make-up working days (调休, YYYY-MM-DD) that are working days even on a weekend. */
  makeUpWorkdays: string[];
};

/** Freezes an object and everything inside it, so shared defaults cannot be changed by accident. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The regulation's values (第1篇 区域销售报告管理制度). */
export const DEFAULT_DEADLINES: Readonly<DeadlineSettings> = deepFreeze({
  visitWeekly: { weeksAfter: 0, weekday: 7, hour: 24 },
  repWeekly: { weeksAfter: 0, weekday: 7, hour: 24 },
  managerWeekly: { weeksAfter: 1, weekday: 1, hour: 12 },
  repMonthlyDay: 3,
  headOfficeMonthlyDay: 5,
  eventHours: { 一般: 24, 紧急: 2, 特急: 2 },
  infoHours: 24,
  quarterlyDays: 15,
  // Each form declares the regulation's review limit, if it sets one (F03: 2 working days).
  reviewWorkingDays: Object.fromEntries(
    FORM_CODES.map((c) => [c, FORMS[c].reviewWorkingDays ?? null]),
  ) as Record<FormCode, number | null>,
  holidays: [],
  makeUpWorkdays: [],
});

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`);

const hours = (label: string) =>
  z
    .number({ error: `${label}须为数字` })
    .positive(`${label}须大于0小时`)
    .max(720, `${label}不能超过720小时`);

const weeklyDue = (label: string) =>
  z.object(
    {
      weeksAfter: int(`${label}的周数`, 0, 4),
      weekday: int(`${label}的星期`, 1, 7),
      hour: int(`${label}的钟点`, 0, 24),
    },
    { error: `${label}设置无效` },
  );

const dayList = (label: string) =>
  z
    .array(
      z
        .string({ error: `${label}须为日期` })
        .refine((d) => parseDay(d) !== null, `${label}须为有效日期(年-月-日)`),
      {
        error: `${label}须为日期列表`,
      },
    )
    .max(1000, `${label}不能超过1000天`);

const reviewDays = z
  .number({ error: '审核期限须为数字' })
  .int('审核期限须为整数')
  .min(1, '审核期限至少1个工作日')
  .max(30, '审核期限不能超过30个工作日')
  .nullable();

/** Validates deadline settings, with messages in Chinese for the settings screen. */
export const deadlineSettingsSchema = z
  .object({
    visitWeekly: weeklyDue('走访表交办事处期限'),
    repWeekly: weeklyDue('代表周报期限'),
    managerWeekly: weeklyDue('经理周报报销售部期限'),
    repMonthlyDay: int('代表月报期限日', 1, 31),
    headOfficeMonthlyDay: int('报销售部期限日', 1, 31),
    eventHours: z.object(
      { 一般: hours('一般事项时限'), 紧急: hours('紧急事项时限'), 特急: hours('特急事项时限') },
      { error: '重要事项时限设置无效' },
    ),
    infoHours: hours('重要信息时限'),
    quarterlyDays: int('季度报告期限天数', 0, 90),
    reviewWorkingDays: z.object(
      Object.fromEntries(FORM_CODES.map((c) => [c, reviewDays])) as Record<FormCode, typeof reviewDays>,
      { error: '审核期限设置无效' },
    ),
    holidays: dayList('节假日'),
    makeUpWorkdays: dayList('调休上班日'),
  })
  .superRefine((s, ctx) => {
    const holidays = new Set(s.holidays);
    const both = s.makeUpWorkdays.filter((d) => holidays.has(d));
    if (both.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['makeUpWorkdays'],
        message: `${both.join('、')}不能既是节假日又是调休上班日`,
      });
    }
  });

// The schema's output must stay assignable to the hand-written type above.
const _schemaOutput: z.ZodType<DeadlineSettings> = deadlineSettingsSchema;
