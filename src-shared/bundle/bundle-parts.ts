import { z } from 'zod';
import { id } from '../contract/common';
import { formCode, instant } from '../contract/report-record';

/** A month as 'YYYY-MM'. */
export const bundleMonthSchema = z
  .string({ error: '请选择月份' })
  .regex(/^[1-9]\d{3}-(0[1-9]|1[0-2])$/, '月份格式应为 年-月,如 2026-11');

/** Why an expected report is not in the bundle as it should be. */
export const BUNDLE_GAP_STATES = ['missing', 'late', 'notApproved'] as const;
export type BundleGapState = (typeof BUNDLE_GAP_STATES)[number];

/** Chinese labels of gap states. */
export const BUNDLE_GAP_LABELS: Record<BundleGapState, string> = {
  missing: '缺报',
  late: '逾期',
  notApproved: '未审核',
};

/** One report that is missing, late or not yet approved, as listed before and inside a bundle. */
export const bundleGapSchema = z
  .object({
    formCode,
    authorId: id,
    authorName: z.string(),
    periodKey: z.string(),
    periodLabel: z.string(),
    state: z.enum(BUNDLE_GAP_STATES),
    note: z.string(),
    /** The report, when one exists (a draft, an unapproved or a late one). */
    reportId: id.nullable(),
    dueAt: instant.nullable(),
  })
  .strict();
export type BundleGap = z.infer<typeof bundleGapSchema>;

/** What a file of the bundle holds: Word documents, the data file, the summary workbook. */
export const BUNDLE_FILE_KINDS = ['document', 'data', 'summary'] as const;
export type BundleFileKind = (typeof BUNDLE_FILE_KINDS)[number];

export const bundleFileEntrySchema = z
  .object({
    kind: z.enum(BUNDLE_FILE_KINDS),
    path: z.string(),
    title: z.string(),
    formCode: formCode.nullable(),
    /** The reports printed in this file (several for a month of 走访表). */
    reportIds: z.array(id),
  })
  .strict();
export type BundleFileEntry = z.infer<typeof bundleFileEntrySchema>;

/** The office as its bundle names it: who sent it, and the letterhead its reports print under. */
export const bundleOfficeSchema = z
  .object({
    code: z.string().min(1).max(20),
    name: z.string().min(1).max(100),
    region: z.string().min(1).max(50),
    company: z.string().max(100),
    address: z.string().max(200).optional(),
    phone: z.string().max(40).optional(),
    fax: z.string().max(40).optional(),
  })
  .strict();
export type BundleOffice = z.infer<typeof bundleOfficeSchema>;
