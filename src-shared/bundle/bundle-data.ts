import { z } from 'zod';
import { FORM_CODES } from '../domain/forms';
import { REPORT_STATUSES } from '../domain/report-status';
import { ROLES } from '../domain/roles';

/** The version of data/bundle.json this build writes and reads. */
export const BUNDLE_DATA_SCHEMA_VERSION = 1;

/** Where the data file sits inside a bundle. */
export const BUNDLE_DATA_PATH = 'data/bundle.json';

const id = z.number().int().positive();
const instant = z.iso.datetime({ offset: true });
const personRef = z.object({ id, name: z.string() });

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
export const bundleGapSchema = z.object({
  formCode: z.enum(FORM_CODES),
  authorId: id,
  authorName: z.string(),
  periodKey: z.string(),
  periodLabel: z.string(),
  state: z.enum(BUNDLE_GAP_STATES),
  note: z.string(),
  /** The report, when one exists (a draft, an unapproved or a late one). */
  reportId: id.nullable(),
  dueAt: instant.nullable(),
});
export type BundleGap = z.infer<typeof bundleGapSchema>;

/** What a file of the bundle holds: Word documents, the data file, the summary workbook. */
export const BUNDLE_FILE_KINDS = ['document', 'data', 'summary'] as const;

export const bundleFileEntrySchema = z.object({
  kind: z.enum(BUNDLE_FILE_KINDS),
  path: z.string(),
  title: z.string(),
  formCode: z.enum(FORM_CODES).nullable(),
  /** The reports printed in this file (several for a month of 走访表). */
  reportIds: z.array(id),
});
export type BundleFileEntry = z.infer<typeof bundleFileEntrySchema>;

export const bundlePersonSchema = z.object({ id, name: z.string(), role: z.enum(ROLES) });

export const bundleCustomerSchema = z.object({
  id,
  name: z.string(),
  type: z.string(),
  grade: z.string(),
  address: z.string(),
  contact: z.string(),
  contactTitle: z.string(),
  phone: z.string(),
  ownerId: id.nullable(),
});

export const bundleVersionSchema = z.object({
  version: z.number().int().positive(),
  action: z.enum(['submit', 'return', 'approve', 'decide', 'send']),
  status: z.enum(REPORT_STATUSES),
  at: instant,
  actor: personRef,
  comment: z.string().nullable(),
});

export const bundleReportSchema = z.object({
  id,
  formCode: z.enum(FORM_CODES),
  periodKey: z.string(),
  periodLabel: z.string(),
  author: personRef,
  enteredBy: personRef,
  status: z.enum(REPORT_STATUSES),
  version: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
  dueAt: instant.nullable(),
  submittedAt: instant.nullable(),
  onTime: z.boolean().nullable(),
  reviewer: personRef.nullable(),
  reviewedAt: instant.nullable(),
  reviewComment: z.string().nullable(),
  /** The report's history from first submission on, oldest first. */
  versions: z.array(bundleVersionSchema),
});
export type BundleReport = z.infer<typeof bundleReportSchema>;

/** data/bundle.json: everything head office imports from one office's month. */
export const bundleDataSchema = z
  .object({
    schemaVersion: z.literal(BUNDLE_DATA_SCHEMA_VERSION),
    office: z.object({
      code: z.string().min(1),
      name: z.string().min(1),
      region: z.string().min(1),
      company: z.string(),
      // For the documents head office prints from the data (the office's letterhead).
      address: z.string().optional(),
      phone: z.string().optional(),
      fax: z.string().optional(),
    }),
    period: bundleMonthSchema,
    revision: z.number().int().positive(),
    exportedAt: instant,
    exportedBy: personRef,
    /** When the month's forms are due at 销售部 under the office's deadline settings. */
    headOfficeDueAt: instant.nullable(),
    people: z.array(bundlePersonSchema),
    customers: z.array(bundleCustomerSchema),
    reports: z.array(bundleReportSchema),
    files: z.array(bundleFileEntrySchema),
    gaps: z.array(bundleGapSchema),
  })
  .superRefine((data, ctx) => {
    const unique = (label: string, values: (number | string)[]) => {
      if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', message: `${label}重复` });
    };
    unique(
      '报表编号',
      data.reports.map((r) => r.id),
    );
    unique(
      '人员编号',
      data.people.map((p) => p.id),
    );
    unique(
      '客户编号',
      data.customers.map((c) => c.id),
    );
    unique(
      '文件路径',
      data.files.map((f) => f.path.toLowerCase()),
    );
    const people = new Set(data.people.map((p) => p.id));
    for (const r of data.reports) {
      if (!people.has(r.author.id))
        ctx.addIssue({ code: 'custom', message: `报表 ${r.id} 的填表人不在人员名单中` });
    }
  });
export type BundleData = z.infer<typeof bundleDataSchema>;
