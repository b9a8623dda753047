import { z } from 'zod';
import { FORM_CODES } from '../domain/forms';
import { REPORT_ACTIONS, REPORT_STATUSES } from '../domain/report-status';
import { id } from './common';

export const formCode = z.enum(FORM_CODES, { error: '未知的表单编号' });
export const reportStatus = z.enum(REPORT_STATUSES);
export const reportAction = z.enum(REPORT_ACTIONS);
/** An instant as stored: ISO-8601 in UTC. */
export const instant = z.iso.datetime({ offset: true });
/** A person as a report names them: the id at the office and the name printed. */
export const personRef = z.object({ id, name: z.string() }).strict();
export type PersonRef = z.infer<typeof personRef>;

/**
 * A report as the office keeps it: the one shape the API lists, the monthly bundle carries and
 * head office stores and prints. The API's summary and detail, and the bundle's entry, extend it.
 */
export const reportRecord = z
  .object({
    id,
    formCode,
    periodKey: z.string(),
    /** The period as people read it, e.g. 2026年第48周(11月23日—11月29日). */
    periodLabel: z.string(),
    author: personRef,
    enteredBy: personRef,
    status: reportStatus,
    version: z.number().int().positive(),
    data: z.record(z.string(), z.unknown()),
    dueAt: instant.nullable(),
    submittedAt: instant.nullable(),
    /** Handed in by its due moment; null while not handed in or without a due moment. */
    onTime: z.boolean().nullable(),
    reviewer: personRef.nullable(),
    reviewedAt: instant.nullable(),
    reviewComment: z.string().nullable(),
  })
  .strict();
export type ReportRecord = z.infer<typeof reportRecord>;

/** One step of a report's history after its first submission: submit, return, approve, decide, send. */
export const reportVersionEntry = z
  .object({
    version: z.number().int().positive(),
    action: reportAction,
    status: reportStatus,
    at: instant,
    actor: personRef,
    comment: z.string().nullable(),
  })
  .strict();
export type ReportVersionEntry = z.infer<typeof reportVersionEntry>;
