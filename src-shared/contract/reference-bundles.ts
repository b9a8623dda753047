import { z } from 'zod';
import { uploadId } from './common';
import type { MethodDef } from './define';
import { method, onlyIn } from './define';
import { generatedFile } from './documents';

/** A full bundle carries every row; an incremental one the rows changed after `fromSeq`. */
export const REFERENCE_BUNDLE_MODES = ['full', 'incremental'] as const;
export const REFERENCE_BUNDLE_MODE_LABELS = { full: '全量', incremental: '增量' } as const;

const seq = z.number({ error: '序号须为数字' }).int('序号须为整数').min(0, '序号不能小于0');

const fingerprintText = z
  .string({ error: '缺少公钥指纹' })
  .regex(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/, '公钥指纹格式不正确');

/** Rows per table in a bundle. */
export const referenceCounts = z.object({
  products: z.number().int(),
  prices: z.number().int(),
  dealers: z.number().int(),
  shipments: z.number().int(),
});
export type ReferenceCounts = z.infer<typeof referenceCounts>;

/** What an office learns about a reference bundle before importing it. */
export const REFERENCE_INSPECT_STATES = ['ready', 'unknownKey', 'rejected'] as const;

export const inspectedReferenceBundle = z.object({
  /** 'ready': signed by the registered key; 'unknownKey': confirm `fingerprint` first; 'rejected': see reason. */
  state: z.enum(REFERENCE_INSPECT_STATES),
  /** The signing key's fingerprint, to be compared with head office's by phone. */
  fingerprint: z.string().nullable(),
  mode: z.enum(REFERENCE_BUNDLE_MODES).nullable(),
  fromSeq: z.number().int().nullable(),
  toSeq: z.number().int().nullable(),
  /** The sequence this office holds now. */
  currentSeq: z.number().int(),
  counts: referenceCounts.nullable(),
  createdAt: z.string().nullable(),
  reason: z.string().nullable(),
  message: z.string().nullable(),
});
export type InspectedReferenceBundle = z.infer<typeof inspectedReferenceBundle>;

export const referenceImportResult = z.object({
  mode: z.enum(REFERENCE_BUNDLE_MODES),
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  counts: referenceCounts,
  /** The head-office key registered by this import (confirmed on first import). */
  registeredFingerprint: z.string().nullable(),
});
export type ReferenceImportResult = z.infer<typeof referenceImportResult>;

const importInput = z.object({ uploadId, trustFingerprint: fingerprintText.optional() }).strict();
const jobInput = z.object({ jobId: z.string().max(64) }).strict();

const headOfficeMethods = onlyIn('headOffice', {
  /** Head office's signing key for reference bundles (made on first need): its fingerprint, read out to offices. */
  'refBundles.key': method({
    input: z.object({}).strict(),
    output: z.object({ fingerprint: z.string(), createdAt: z.string() }),
    access: ['manager'],
  }),
  /** The change number reached and the last one published. */
  'refBundles.publishState': method({
    input: z.object({}).strict(),
    output: z.object({ seq: z.number().int(), publishedSeq: z.number().int() }),
    access: ['manager'],
  }),
  /**
   * Writes a signed reference bundle: full (every row) or incremental (rows changed after
   * `fromSeq`, by default the last published), and marks it published.
   */
  'refBundles.publish': method({
    input: z
      .object({
        mode: z.enum(REFERENCE_BUNDLE_MODES, { error: '请选择全量或增量' }),
        fromSeq: seq.optional(),
      })
      .strict(),
    output: generatedFile.extend({
      mode: z.enum(REFERENCE_BUNDLE_MODES),
      fromSeq: z.number().int(),
      toSeq: z.number().int(),
      counts: referenceCounts,
      bytes: z.number().int(),
    }),
    access: ['manager'],
  }),
});

const officeMethods = onlyIn('office', {
  /** Where this office's copy stands: the last sequence imported and the head-office key it trusts. */
  'refBundles.state': method({
    input: z.object({}).strict(),
    output: z.object({
      seq: z.number().int(),
      headOfficeFingerprint: z.string().nullable(),
      /** When the last reference bundle was imported; null before the first. */
      importedAt: z.string().nullable(),
      /** What the office has on file now. */
      counts: referenceCounts,
    }),
    access: ['manager'],
  }),
  /** Verifies an uploaded reference bundle without storing anything. */
  'refBundles.inspect': method({
    input: z.object({ uploadId }).strict(),
    output: inspectedReferenceBundle,
    access: ['manager'],
  }),
  /** Verifies and imports in one transaction; trustFingerprint registers head office's key on first import. */
  'refBundles.import': method({ input: importInput, output: referenceImportResult, access: ['manager'] }),
  /** The same import as a background job; follow it with refBundles.job. */
  'refBundles.startImport': method({
    input: importInput,
    output: z.object({ jobId: z.string() }),
    access: ['manager'],
  }),
  'refBundles.job': method({
    input: jobInput,
    output: z.object({
      jobId: z.string(),
      state: z.enum(['running', 'done', 'failed', 'cancelled']),
      done: z.number().int(),
      total: z.number().int(),
      label: z.string(),
      result: referenceImportResult.nullable(),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
    access: ['manager'],
  }),
  /** Stops an import still staging its rows; once saving has begun it runs to the end. */
  'refBundles.cancel': method({
    input: jobInput,
    output: z.object({ cancelled: z.boolean() }),
    access: ['manager'],
  }),
});

/** 参考数据包: head office publishes signed reference bundles, offices verify and import them. */
export const referenceBundleMethods = {
  ...headOfficeMethods,
  ...officeMethods,
} satisfies Record<string, MethodDef>;
