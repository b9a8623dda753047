import { z } from 'zod';
import { personRef, instant } from '../contract/report-record';
import {
  bundleFileEntrySchema,
  bundleGapSchema,
  bundleMonthSchema,
  bundleOfficeSchema,
} from './bundle-parts';
import { customersSection } from './sections/customers';
import { peopleSection } from './sections/people';
import { bundleReportSchema } from './sections/reports';

/**
 * data/bundle.json as schema 1 wrote it, before the data had sections: people, customers, reports
 * and gaps side by side. Never written any more; head office reads it forever.
 */
export const bundleDataV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    office: bundleOfficeSchema,
    period: bundleMonthSchema,
    revision: z.number().int().positive(),
    exportedAt: instant,
    exportedBy: personRef,
    headOfficeDueAt: instant.nullable(),
    people: peopleSection.versions[1],
    customers: customersSection.versions[1],
    reports: z.array(bundleReportSchema),
    files: z.array(bundleFileEntrySchema),
    gaps: z.array(bundleGapSchema),
  })
  .strict();
export type BundleDataV1 = z.infer<typeof bundleDataV1Schema>;

/** A schema 1 data file in the sectioned shape: each part becomes the version 1 of its section. */
export function upgradeV1(v1: BundleDataV1) {
  const { people, customers, reports, gaps, schemaVersion: _v, ...envelope } = v1;
  return {
    ...envelope,
    schemaVersion: 2 as const,
    sections: {
      people: { version: 1, data: people },
      customers: { version: 1, data: customers },
      reports: { version: 1, data: { reports, gaps } },
    },
  };
}
