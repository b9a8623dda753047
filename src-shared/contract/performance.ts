import { z } from 'zod';
import { id } from './common';
import { method, onlyIn } from './define';

const kpis = z.object({
  salesRate: z.number().nullable(),
  collectionRate: z.number().nullable(),
  newCustomers: z.number().nullable(),
  retentionRate: z.number().nullable(),
  timelinessRate: z.number().nullable(),
  jointVisitScore: z.number().nullable(),
});

/** One rep's month: the KPIs, the figures they came from, the total score and the rank. */
export const kpiRow = z.object({
  userId: id,
  name: z.string(),
  kpis,
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  figures: z.object({
    salesTarget: z.number().nullable(),
    salesActual: z.number().nullable(),
    collectionTarget: z.number().nullable(),
    collectionActual: z.number().nullable(),
    /** Where the actual figures came from: 导入, 调整 or the rep's own 月报; null without figures. */
    actualSource: z.enum(['adjusted', 'imported', 'report']).nullable(),
    /** Where the targets came from: 销售目标 (targets) or the rep's own 月报 (report). */
    targetSource: z.enum(['targets', 'report']).nullable(),
  }),
  /** What each count is made of, so every figure drills down to its customers and reports. */
  basis: z.object({
    newCustomerIds: z.array(id),
    previousCustomers: z.number().int(),
    keptCustomers: z.number().int(),
    dueReports: z.number().int(),
    onTimeReports: z.number().int(),
    jointVisitReportIds: z.array(id),
  }),
});
export type KpiRow = z.infer<typeof kpiRow>;

export const performanceMethods = onlyIn('office', {
  /** 绩效评估 of a month: every rep's KPIs, total score and rank. */
  'kpi.month': method({
    input: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11') }).strict(),
    output: z.object({ month: z.string(), rows: z.array(kpiRow) }),
    access: ['manager', 'clerk'],
  }),
});

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');

/** One line of a bonus statement: what it is, its amount (元) and where the figure came from. */
export const bonusLine = z.object({ label: z.string(), amount: z.number(), basis: z.string() });

/** A rep's bonus of a month (奖金核算单): computed while open, as approved once locked. */
export const bonusStatement = z.object({
  userId: id,
  name: z.string(),
  lines: z.array(bonusLine),
  total: z.number(),
  approved: z.object({ by: z.string(), at: z.string() }).nullable(),
});
export type BonusStatement = z.infer<typeof bonusStatement>;

const bonusMonth = z.object({ month: z.string(), locked: z.boolean(), statements: z.array(bonusStatement) });

export const bonusMethods = onlyIn('office', {
  /** The month's bonus statements: computed from the KPIs and deductions, or as approved. */
  'bonus.month': method({
    input: z.object({ month: monthKey }).strict(),
    output: bonusMonth,
    access: ['manager', 'clerk'],
  }),
  /** A manual deduction from a rep's bonus of an open month, with its reason. */
  'bonus.deduct': method({
    input: z
      .object({
        month: monthKey,
        userId: id,
        amount: z
          .number({ error: '请填写扣款金额' })
          .positive('扣款金额须大于 0')
          .max(1_000_000, '扣款金额过大,请核对'),
        reason: z.string().trim().min(2, '请写明扣款原因').max(200, '扣款原因不超过 200 字'),
      })
      .strict(),
    output: bonusMonth,
    access: ['manager'],
  }),
  /** Approves and locks the month's statements; later changes go into the next month as adjustments. */
  'bonus.approve': method({
    input: z.object({ month: monthKey }).strict(),
    output: bonusMonth,
    access: ['manager'],
  }),
});
