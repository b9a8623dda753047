import { z } from 'zod';
import { SPLIT_METHODS } from '../domain/performance/target-split';
import { id } from './common';
import { method, onlyIn } from './define';

const year = z.number().int().min(2000, '年份应在 2000—2100 之间').max(2100, '年份应在 2000—2100 之间');
const money = z
  .number({ error: '请填写金额' })
  .finite('请填写金额')
  .min(0, '金额不能为负数')
  .max(100_000_000_000, '金额过大,请核对(单位:元)')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '金额最多保留两位小数');

export const TARGET_METRICS = { sales: '销售额', collection: '回款额' } as const;
export const targetMetric = z.enum(['sales', 'collection']);
export const splitMethod = z.enum(
  Object.keys(SPLIT_METHODS) as [keyof typeof SPLIT_METHODS, ...(keyof typeof SPLIT_METHODS)[]],
);

/** One step of a target's history: the first setting or a quarterly adjustment (季度调整). */
export const targetChange = z.object({
  version: z.number().int().positive(),
  /** The quarter adjusted (1–4), null for the setting of the year. */
  quarter: z.number().int().min(1).max(4).nullable(),
  oldAmount: z.number().nullable(),
  newAmount: z.number(),
  reason: z.string(),
  requestedBy: z.string(),
  approvedBy: z.string(),
  at: z.string(),
});

/** A region's or a rep's annual target of one metric, as its current version splits it. */
export const targetView = z.object({
  id,
  year: z.number().int(),
  scope: z.enum(['region', 'rep']),
  userId: id.nullable(),
  name: z.string(),
  metric: targetMetric,
  method: splitMethod,
  annual: z.number(),
  /** Twelve monthly amounts (元), January first; they add up to `annual` to the fen. */
  months: z.array(z.number()).length(12),
  quarters: z.array(z.number()).length(4),
  version: z.number().int().positive(),
  history: z.array(targetChange),
});
export type TargetView = z.infer<typeof targetView>;

const twelve = z.array(money).length(12, '须填写 12 个月的目标');

export const targetsMethods = onlyIn('office', {
  /** The year's targets: the region's and each rep's, sales and collections, with the gap between them. */
  'targets.year': method({
    input: z.object({ year }).strict(),
    output: z.object({
      year: z.number().int(),
      targets: z.array(targetView),
      /** The region's target less the sum of the reps', per metric (0 when they agree). */
      gaps: z.array(z.object({ metric: targetMetric, gap: z.number() })),
    }),
    access: ['manager', 'clerk'],
  }),
  /** Sets a region's or a rep's annual target and splits it into months; a new version if one exists. */
  'targets.set': method({
    input: z
      .object({
        year,
        scope: z.enum(['region', 'rep'], { error: '请选择区域或营销代表' }),
        userId: id.optional(),
        metric: targetMetric,
        annual: money,
        method: splitMethod,
        /** For method 'typed': the twelve months, adding up to the annual target. */
        months: twelve.optional(),
      })
      .strict()
      .refine((v) => v.scope === 'region' || v.userId !== undefined, {
        message: '请选择营销代表',
        path: ['userId'],
      })
      .refine((v) => v.method !== 'typed' || v.months !== undefined, {
        message: '须填写 12 个月的目标',
        path: ['months'],
      }),
    output: targetView,
    access: ['manager'],
  }),
  /** A quarterly adjustment (季度调整): new amounts for the quarter's months, with who asked and why. */
  'targets.adjust': method({
    input: z
      .object({
        targetId: id,
        quarter: z.number().int().min(1, '季度应为 1—4').max(4, '季度应为 1—4'),
        months: z.array(money).length(3, '须填写该季度 3 个月的目标'),
        reason: z.string().trim().min(2, '请写明调整原因').max(500, '调整原因不超过 500 字'),
        requestedBy: z.string().trim().min(1, '请写明由谁提出').max(50, '提出人不超过 50 字'),
        /** The version the adjustment was made on, so two people cannot adjust over each other. */
        version: z.number().int().positive(),
      })
      .strict(),
    output: targetView,
    access: ['manager'],
  }),
});
