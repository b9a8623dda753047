import { z } from 'zod';
import { reportRecord, reportVersionEntry } from '../../contract/report-record';
import { bundleGapSchema } from '../bundle-parts';
import { defineSection } from './section';

/** A report as the bundle carries it: the record and its history from first submission on. */
export const bundleReportSchema = reportRecord.extend({ versions: z.array(reportVersionEntry) }).strict();
export type BundleReport = z.infer<typeof bundleReportSchema>;

/** The month's reports that go out, and what is missing, late or not approved. */
export const reportsSection = defineSection('reports', {
  1: z.object({ reports: z.array(bundleReportSchema), gaps: z.array(bundleGapSchema) }).strict(),
});
export type BundleReportsSection = z.infer<(typeof reportsSection.versions)[1]>;
