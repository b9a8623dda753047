import { z } from 'zod';
import { id } from '../../contract/common';
import { defineSection } from './section';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const v1 = z
  .object({
    asOf: day,
    /** The office's stages in order, as set on the month's last day. */
    stages: z
      .array(
        z
          .object({ key: z.string().max(30), name: z.string().max(20), probability: z.number().int() })
          .strict(),
      )
      .max(12),
    opportunities: z
      .array(
        z
          .object({
            id,
            customerId: id,
            customerName: z.string().max(100),
            title: z.string().max(100),
            productLine: z.string().max(50),
            amount: z.number().min(0),
            expectedClose: day,
            ownerId: id,
            ownerName: z.string().max(50),
            stage: z.string().max(30),
            stageSince: day,
            overLimit: z.boolean(),
            status: z.enum(['open', 'won', 'lost']),
            closedReason: z.string().max(200).nullable(),
            closedAt: z.string().nullable(),
            /** Gates the manager overrode during the month, with the reason. */
            overrides: z
              .array(
                z
                  .object({ at: z.string(), fromStage: z.string(), toStage: z.string(), reason: z.string() })
                  .strict(),
              )
              .max(100),
          })
          .strict(),
      )
      .max(100_000),
  })
  .strict();
export type BundlePipeline = z.infer<typeof v1>;

/**
 * The office's sales pipeline (销售流程) on the month's last day: opportunities open then and those
 * won or lost during the month.
 */
export const pipelineSection = defineSection('pipeline', { 1: v1 });
