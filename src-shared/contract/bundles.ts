import { z } from 'zod';
import { BUNDLE_FILE_KINDS, bundleGapSchema, bundleMonthSchema } from '../bundle/bundle-data';
import { FORM_CODES } from '../domain/forms';
import { empty, id } from './common';
import { method, onlyIn } from './define';

/** A bundle part may not be smaller than this (the part header alone is 48 bytes). */
export const MIN_PART_BYTES = 1024;
/** Above this a bundle is split into numbered parts: what fits a 25 MB mail after base64. */
export const DEFAULT_MAX_PART_BYTES = 18_000_000;

export const bundleIncluded = z.object({
  kind: z.enum(BUNDLE_FILE_KINDS),
  formCode: z.enum(FORM_CODES).nullable(),
  title: z.string(),
  fileName: z.string(),
  reportCount: z.number().int(),
});

export const bundleFile = z.object({ fileName: z.string(), bytes: z.number().int() });

/** One bundle written to the outbox earlier. */
export const bundleExportSummary = z.object({
  id,
  month: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  createdBy: z.object({ id, name: z.string() }),
  files: z.array(bundleFile),
  fileNames: z.array(z.string()),
  bytes: z.number().int(),
  sha256: z.string(),
  reportCount: z.number().int(),
  gapCount: z.number().int(),
  /** The revision of the same month that replaced this one, if any. */
  supersededBy: z.number().int().nullable(),
  /** Whether every file is still in the outbox. */
  present: z.boolean(),
});
export type BundleExportSummary = z.infer<typeof bundleExportSummary>;

const monthInput = z.object({ month: bundleMonthSchema }).strict();

const exportInput = monthInput.extend({
  maxPartBytes: z
    .number({ error: '分卷大小须为数字' })
    .int('分卷大小须为整数')
    .min(MIN_PART_BYTES, '分卷大小至少 1 KB')
    .max(2_000_000_000, '分卷大小不能超过 2 GB')
    .optional(),
});

const exportOutput = z.object({
  month: z.string(),
  revision: z.number().int(),
  files: z.array(bundleFile),
  outboxDir: z.string(),
  sha256: z.string(),
  gaps: z.array(bundleGapSchema),
  reportCount: z.number().int(),
});

export const EXPORT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

export const bundleMethods = onlyIn('office', {
  /** What the month's bundle would hold and what is missing, late or unapproved. */
  'bundles.preview': method({
    input: monthInput,
    output: z.object({
      month: z.string(),
      monthLabel: z.string(),
      revision: z.number().int(),
      headOfficeDueAt: z.string().nullable(),
      included: z.array(bundleIncluded),
      reportCount: z.number().int(),
      gaps: z.array(bundleGapSchema),
      previous: z.array(
        z.object({ revision: z.number().int(), createdAt: z.string(), fileNames: z.array(z.string()) }),
      ),
    }),
    access: ['manager'],
  }),
  /** Writes the signed bundle to the outbox and marks the reports in it 已报送. */
  'bundles.export': method({ input: exportInput, output: exportOutput, access: ['manager'] }),
  'bundles.list': method({ input: empty, output: z.array(bundleExportSummary), access: ['manager'] }),
  /** Starts the export as a background job; follow it with bundles.job, stop it with bundles.cancel. */
  'bundles.startExport': method({
    input: exportInput,
    output: z.object({ jobId: z.string() }),
    access: ['manager'],
  }),
  'bundles.job': method({
    input: z.object({ jobId: z.string().max(64) }).strict(),
    output: z.object({
      jobId: z.string(),
      state: z.enum(EXPORT_JOB_STATES),
      done: z.number().int(),
      total: z.number().int(),
      label: z.string(),
      result: exportOutput.nullable(),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
    access: ['manager'],
  }),
  'bundles.cancel': method({
    input: z.object({ jobId: z.string().max(64) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
    access: ['manager'],
  }),
  /** An Outlook-ready unsent mail (.eml, X-Unsent: 1) with one file of an export attached. */
  'bundles.eml': method({
    input: z
      .object({
        month: bundleMonthSchema,
        revision: z.number().int().positive(),
        fileName: z.string().max(200),
      })
      .strict(),
    output: z.object({ fileId: z.string(), fileName: z.string() }),
    access: ['manager'],
  }),
});
