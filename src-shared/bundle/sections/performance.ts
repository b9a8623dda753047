import { z } from 'zod';
import { id } from '../../contract/common';
import { instant } from '../../contract/report-record';
import { defineSection } from './section';
import { yuan } from './yuan';

// Version 1 is frozen: written out here rather than taken from the performance contract, so a
// change to the office's KPI screen never changes what an old bundle was allowed to say.
const value = z.number().finite().nullable();

const kpiRowV1 = z
  .object({
    userId: id,
    name: z.string().max(50),
    /** The six KPIs as the office computed them (rates in %, one decimal; null: not measured). */
    kpis: z
      .object({
        salesRate: value,
        collectionRate: value,
        newCustomers: value,
        retentionRate: value,
        timelinessRate: value,
        jointVisitScore: value,
      })
      .strict(),
    score: value,
    rank: z.number().int().positive().nullable(),
    figures: z
      .object({
        salesTarget: yuan.nullable(),
        salesActual: yuan.nullable(),
        collectionTarget: yuan.nullable(),
        collectionActual: yuan.nullable(),
        actualSource: z.enum(['adjusted', 'imported', 'report']).nullable(),
        targetSource: z.enum(['targets', 'report']).nullable(),
      })
      .strict(),
    /** The counts behind the rates, so head office can add months up the way the office does. */
    basis: z
      .object({
        newCustomers: z.number().int().nonnegative(),
        previousCustomers: z.number().int().nonnegative(),
        keptCustomers: z.number().int().nonnegative(),
        dueReports: z.number().int().nonnegative(),
        onTimeReports: z.number().int().nonnegative(),
        jointVisits: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict();

const bonusStatementV1 = z
  .object({
    userId: id,
    name: z.string().max(50),
    lines: z.array(z.object({ label: z.string(), amount: yuan, basis: z.string() }).strict()),
    total: yuan,
    approvedBy: z.string().max(50),
    approvedAt: instant,
  })
  .strict();

/**
 * The month's 绩效评估 (each rep's KPIs, score and rank, the figures and their sources) and, once the
 * manager has approved and locked the month, its 奖金核算 statements; `bonus` is null while it is open.
 */
export const performanceSection = defineSection('performance', {
  1: z
    .object({
      kpis: z.array(kpiRowV1),
      bonus: z.array(bonusStatementV1).nullable(),
    })
    .strict(),
});
export type BundlePerformance = z.infer<(typeof performanceSection.versions)[1]>;
export type BundleKpiRow = BundlePerformance['kpis'][number];
