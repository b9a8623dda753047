import { z } from 'zod';
import { id } from './common';
import { method, onlyIn } from './define';
import { docModel, generatedFile } from './documents';

const kpis = z.object({
  salesRate: z.number().nullable(),
  collectionRate: z.number().nullable(),
  newCustomers: z.number().nullable(),
  retentionRate: z.number().nullable(),
  timelinessRate: z.number().nullable(),
  jointVisitScore: z.number().nullable(),
  /** 培训学时: absent in months computed before it was measured. */
  trainingHours: z.number().nullable().optional(),
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
    /** The 协访表 the score averages, to open each. */
    jointVisitReports: z.array(z.object({ reportId: id, authorId: id, periodKey: z.string() })),
    /** The new customers counted, by name. */
    newCustomerNames: z.array(z.string()),
  }),
});
export type KpiRow = z.infer<typeof kpiRow>;

const pct = (label: string, max = 100) =>
  z
    .number({ error: `请填写${label}` })
    .min(0, `${label}不能小于 0`)
    .max(max, `${label}不能超过 ${max}`);

const kpiNumbers = (label: string, max: number) =>
  z
    .object({
      salesRate: pct(label, max),
      collectionRate: pct(label, max),
      newCustomers: pct(label, max),
      retentionRate: pct(label, max),
      timelinessRate: pct(label, max),
      jointVisitScore: pct(label, max),
      // Settings saved before training hours existed leave it out: weight 0, the default target.
      trainingHours: pct(label, max).optional(),
    })
    .strict();

/** The score's weights and full marks, and the bonus plan: settings the manager adjusts (激励方案). */
export const performanceSettings = z
  .object({
    score: z
      .object({
        weights: kpiNumbers('权重', 100).refine((w) => Object.values(w).some((v) => v > 0), {
          error: '至少一项指标的权重须大于 0',
        }),
        fullMarks: kpiNumbers('满分值', 1_000_000).refine((f) => Object.values(f).every((v) => v > 0), {
          error: '每项指标的满分值须大于 0',
        }),
        maxPoints: pct('单项得分上限', 200).min(100, '单项得分上限不能低于 100'),
      })
      .strict(),
    plan: z
      .object({
        base: pct('奖金基数', 1_000_000),
        floorRate: pct('起奖达成率'),
        floorShare: pct('起奖比例'),
        acceleration: pct('超额加速系数', 20),
        capShare: pct('封顶比例', 500).min(100, '封顶比例不能低于 100%'),
        timelinessGate: pct('报表及时率门槛'),
        lateCutShare: pct('及时率不达标扣减比例'),
      })
      .strict(),
  })
  .strict();
export type PerformanceSettings = z.infer<typeof performanceSettings>;

export const performanceMethods = onlyIn('office', {
  /** The KPI weights and full marks and the bonus plan in force (defaults until the manager changes them). */
  'performance.settings': method({
    input: z.object({}).strict(),
    output: performanceSettings,
    access: ['manager', 'clerk'],
  }),
  /** Changes them; open months are scored and paid by the new settings, locked months stay as approved. */
  'performance.updateSettings': method({
    input: performanceSettings,
    output: performanceSettings,
    access: ['manager'],
  }),
  /** 绩效评估 of a month: every rep's KPIs, total score and rank. */
  /** A quarter's or a year's ranking: each rep's months added up (periodKpis), scored and ranked. */
  'kpi.period': method({
    input: z
      .object({ key: z.string().regex(/^\d{4}(-Q[1-4])?$/, '期间格式应为 2026-Q2(季度)或 2026(年度)') })
      .strict(),
    output: z.object({
      key: z.string(),
      months: z.array(z.string()),
      rows: z.array(
        z.object({
          userId: id,
          name: z.string(),
          months: z.number().int(),
          kpis,
          score: z.number().nullable(),
          rank: z.number().int().nullable(),
          salesTarget: z.number().nullable(),
          salesActual: z.number().nullable(),
          collectionTarget: z.number().nullable(),
          collectionActual: z.number().nullable(),
        }),
      ),
    }),
    access: ['manager', 'clerk'],
  }),
  /** A rep's last twelve months up to a month: score, rank and sales of each (the trend line). */
  'kpi.trend': method({
    input: z
      .object({ userId: id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11') })
      .strict(),
    output: z.array(
      z.object({
        month: z.string(),
        score: z.number().nullable(),
        rank: z.number().int().nullable(),
        salesRate: z.number().nullable(),
        salesTarget: z.number().nullable(),
        salesActual: z.number().nullable(),
      }),
    ),
    access: ['manager', 'clerk'],
  }),
  'kpi.month': method({
    input: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11') }).strict(),
    output: z.object({ month: z.string(), rows: z.array(kpiRow) }),
    access: ['manager', 'clerk'],
  }),
});

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');

/** One line of a bonus statement: what it is, its amount (元) and where the figure came from. */
export const bonusLine = z.object({ label: z.string(), amount: z.number(), basis: z.string() });

/** The KPI figures a bonus rests on: the rates, the figures and their sources, and the reports counted. */
export const bonusFigures = z.object({
  kpis,
  figures: kpiRow.shape.figures,
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  dueReports: z.number().int(),
  onTimeReports: z.number().int(),
  /** The bonus plan the statement was computed by. */
  plan: performanceSettings.shape.plan.optional(),
});
export type BonusFigures = z.infer<typeof bonusFigures>;

/** A rep's bonus of a month (奖金核算单): computed while open, as approved once locked. */
export const bonusStatement = z.object({
  userId: id,
  name: z.string(),
  lines: z.array(bonusLine),
  total: z.number(),
  /** The figures it was computed on; null for a statement approved before they were kept. */
  figures: bonusFigures.nullable(),
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
  /** One rep's 奖金核算单 as the print preview shows it. */
  'bonus.statementPreview': method({
    input: z.object({ month: monthKey, userId: id }).strict(),
    output: docModel,
    access: ['manager', 'clerk'],
  }),
  /** The 奖金核算单 as a Word document: one rep's, or every rep's of the month, one to a page. */
  'bonus.statementDocx': method({
    input: z.object({ month: monthKey, userId: id.optional() }).strict(),
    output: generatedFile,
    access: ['manager', 'clerk'],
  }),
  /** The approved month as an Excel sheet for payroll (工资表): one row per rep and the lines' sums. */
  'bonus.payrollXlsx': method({
    input: z.object({ month: monthKey }).strict(),
    output: generatedFile,
    access: ['manager', 'clerk'],
  }),
});
