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
