import { z } from 'zod';
import { id } from '../../contract/common';
import { instant } from '../../contract/report-record';
import { defineSection } from './section';
import { yuan } from './yuan';

// Version 1 is frozen: written out here rather than taken from the targets contract, so a change
// to the office's screens never changes what an old bundle was allowed to say.
const targetChangeV1 = z
  .object({
    version: z.number().int().positive(),
    /** The quarter adjusted (1–4); null for the setting of the whole year. */
    quarter: z.number().int().min(1).max(4).nullable(),
    /** The adjusted part (the quarter, or the year) before and after, in 元. */
    oldAmount: yuan.nullable(),
    newAmount: yuan,
    reason: z.string().max(500),
    requestedBy: z.string().max(50),
    approvedBy: z.string().max(50),
    at: instant,
  })
  .strict();

const targetV1 = z
  .object({
    scope: z.enum(['region', 'rep']),
    /** The rep; null for the region's own target. */
    userId: id.nullable(),
    name: z.string().max(50),
    metric: z.enum(['sales', 'collection']),
    method: z.enum(['equal', 'lastYear', 'typed']),
    annual: yuan,
    /** The current version's twelve months, January first; they add up to `annual`. */
    months: z.array(yuan).length(12),
    version: z.number().int().positive(),
    /** Every version: the setting of the year, then each quarterly adjustment (季度调整). */
    history: z.array(targetChangeV1).min(1),
  })
  .strict();

/** The office's sales and collection targets of the bundle's year (销售目标), with every adjustment. */
export const targetsSection = defineSection('targets', {
  1: z.object({ year: z.number().int().min(2000).max(2100), targets: z.array(targetV1) }).strict(),
});
export type BundleTargets = z.infer<(typeof targetsSection.versions)[1]>;
export type BundleTarget = BundleTargets['targets'][number];
