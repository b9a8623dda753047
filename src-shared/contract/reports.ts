import { z } from 'zod';
import { FORM_CODES } from '../domain/forms';
import { REPORT_STATUSES } from '../domain/report-status';
import { id, isoDate, text } from './common';
import { method } from './define';

export const formCode = z.enum(FORM_CODES, { error: '未知的表单编号' });
export const reportStatus = z.enum(REPORT_STATUSES);
/** A period key: a date for daily forms (later: 2026-W48, 2026-11, 2026-Q4, event ids). */
export const periodKey = z
  .string({ error: '请选择期间' })
  .max(20, '期间格式无效')
  .regex(/^\d{4}-(\d{2}-\d{2}|W\d{2}|\d{2}|Q[1-4])$/, '期间格式无效');
export const formData = z.record(z.string().max(40), z.unknown());

const person = z.object({ id, name: z.string() });

export const reportSummary = z.object({
  id,
  formCode,
  periodKey: z.string(),
  author: person,
  status: reportStatus,
  version: z.number().int(),
  enteredBy: person,
  dueAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  reviewComment: z.string().nullable(),
  updatedAt: z.string(),
  /** A short line for lists, e.g. the number of visits. */
  headline: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportDetail = reportSummary.extend({
  data: formData,
  reviewer: person.nullable(),
  reviewedAt: z.string().nullable(),
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const reportVersion = z.object({
  version: z.number().int(),
  action: z.enum(['submit', 'return', 'approve']),
  status: reportStatus,
  data: formData,
  comment: z.string().nullable(),
  actor: person,
  at: z.string(),
});

const ref = z.object({ id }).strict();

export const reportMethods = {
  'reports.find': method({
    input: z.object({ formCode, periodKey, authorId: id.optional() }).strict(),
    output: reportDetail.nullable(),
    access: 'signedIn',
  }),
  'reports.get': method({ input: ref, output: reportDetail, access: 'signedIn' }),
  'reports.list': method({
    input: z
      .object({
        formCode: formCode.optional(),
        authorId: id.optional(),
        status: reportStatus.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(reportSummary),
    access: 'signedIn',
  }),
  'reports.saveDraft': method({
    input: z
      .object({
        formCode,
        periodKey,
        authorId: id.optional(),
        data: formData,
        /** The version the editor started from; null for a new report. */
        expectedVersion: z.number().int().min(0).nullable(),
      })
      .strict(),
    output: reportDetail,
    access: 'signedIn',
  }),
  'reports.submit': method({
    input: z.object({ id, expectedVersion: z.number().int().min(0) }).strict(),
    output: reportDetail,
    access: 'signedIn',
  }),
  'reports.return': method({
    input: z.object({ id, comment: text('退回意见', 500, 1) }).strict(),
    output: reportDetail,
    access: ['manager'],
  }),
  'reports.approve': method({
    input: z.object({ id, comment: text('审核意见', 500) }).strict(),
    output: reportDetail,
    access: ['manager'],
  }),
  'reports.versions': method({ input: ref, output: z.array(reportVersion), access: 'signedIn' }),
  'documents.generate': method({
    input: z.object({ reportId: id }).strict(),
    output: z.object({ fileId: z.string(), fileName: z.string() }),
    access: 'signedIn',
  }),
};
