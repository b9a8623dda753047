import { z } from 'zod';
import { id, isoDate, text } from './common';
import { method, onlyIn } from './define';
import { formCode, reportRecord, reportStatus, reportVersionEntry } from './report-record';

export { formCode, reportStatus } from './report-record';

/** A period key: 2026-11-26 (day), 2026-W48 (ISO week), 2026-11, 2026-Q4, 2026-11-26.1 (an event). */
export const periodKey = z
  .string({ error: '请选择期间' })
  .max(20, '期间格式无效')
  .regex(/^\d{4}-(\d{2}-\d{2}(\.\d{1,3})?|W\d{2}|\d{2}|Q[1-4])$/, '期间格式无效');
export const formData = z.record(z.string().max(40), z.unknown());

/** A report in lists: the record without its content, with a line describing it. */
export const reportSummary = reportRecord.omit({ data: true }).extend({
  updatedAt: z.string(),
  /** A short line for lists, e.g. the number of visits. */
  headline: z.string(),
  /** When the manager's comment is due, for forms with a review limit. */
  reviewDueAt: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportDetail = reportSummary.extend({
  data: formData,
  /** Values the app pre-filled from other reports; a field whose value differs was edited. */
  prefilled: formData,
});
export type ReportDetail = z.infer<typeof reportDetail>;

/** A version of a report as its history shows it, with the content as it stood then. */
export const reportVersion = reportVersionEntry.extend({ data: formData });

const ref = z.object({ id }).strict();

export const reportMethods = onlyIn('office', {
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
        /** Reports whose period overlaps these days. */
        from: isoDate.optional(),
        to: isoDate.optional(),
        /** Words to find in the report's content or its author's name. */
        text: z.string().trim().max(100, '搜索词不能超过100个字').optional(),
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
        /** For a new report: the values the app pre-filled (see reports.prefill). */
        prefilled: formData.optional(),
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
  'reports.prefill': method({
    input: z.object({ formCode, periodKey, authorId: id.optional() }).strict(),
    output: z.object({ values: formData }),
    access: 'signedIn',
  }),
  'reports.newEventKey': method({
    input: z.object({ formCode, day: isoDate, authorId: id.optional() }).strict(),
    output: z.object({ periodKey: z.string() }),
    access: 'signedIn',
  }),
  'reports.submitWeek': method({
    input: z
      .object({
        formCode: formCode.default('F01'),
        week: z.string().regex(/^\d{4}-W\d{2}$/, '周次格式应为 2026-W48'),
        authorId: id.optional(),
      })
      .strict(),
    output: z.object({
      submitted: z.array(reportSummary),
      failed: z.array(z.object({ periodKey: z.string(), message: z.string() })),
    }),
    access: 'signedIn',
  }),
  'reports.approveMany': method({
    input: z
      .object({ ids: z.array(id).min(1, '请至少选择一份报表').max(200), comment: text('审核意见', 500) })
      .strict(),
    output: z.object({ approved: z.array(id), skipped: z.array(z.object({ id, message: z.string() })) }),
    access: ['manager'],
  }),
  'reports.decide': method({
    input: z.object({ id, values: formData }).strict(),
    output: reportDetail,
    access: ['manager'],
  }),
});
