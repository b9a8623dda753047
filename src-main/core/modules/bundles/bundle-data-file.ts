import {
  BUNDLE_DATA_SCHEMA_VERSION,
  type BundleEnvelope,
  type BundleFileEntry,
  type BundleGap,
  type BundleReport,
  reportsSection,
  sectionDef,
} from '../../../../src-shared/bundle/bundle-data';
import type { Db } from '../../db/database';
import type { BundleSectionHandler, SessionUser } from '../../handler-types';
import type { Office } from '../office';
import { type MonthRow, type MonthScope, recordOf, versionEntriesOf } from '../reports';

export interface DataInput {
  office: Office;
  scope: MonthScope;
  revision: number;
  exportedAt: string;
  actor: SessionUser;
  headOfficeDueAt: string | null;
  /** The reports as they stand once the bundle is recorded (status 已报送). */
  reports: MonthRow[];
  files: BundleFileEntry[];
  gaps: BundleGap[];
  /** Reports this bundle sends for the first time; their history gains a 'send' entry. */
  newlySent: ReadonlySet<number>;
  /** The other modules' sections. */
  sections: readonly BundleSectionHandler[];
}

/** The comment of the 'send' version a report gets when a bundle first carries it. */
export function sendComment(month: string, revision: number): string {
  return `随 ${month} 月度数据包(第 ${revision} 版)报送销售部`;
}

/** The reports of the bundle with their history, a 'send' entry added for those sent now. */
async function bundleReports(db: Db, input: DataInput): Promise<BundleReport[]> {
  const versions = await versionEntriesOf(
    db,
    input.reports.map((r) => r.id),
  );
  return input.reports.map((r) => ({
    ...recordOf(r),
    versions: [
      ...(versions.get(r.id) ?? []),
      ...(input.newlySent.has(r.id)
        ? [
            {
              version: r.version,
              action: 'send' as const,
              status: 'sent' as const,
              at: input.exportedAt,
              actor: { id: input.actor.id, name: input.actor.displayName },
              comment: sendComment(input.scope.month, input.revision),
            },
          ]
        : []),
    ],
  }));
}

/**
 * data/bundle.json: the office, the month and the files, then a section per module: the reports
 * that go out with their history and the gaps, and what each other module sends (people,
 * customers, region, figures). packBundle reads it back exactly as head office will before
 * anything is written (checkedBundleData), so nothing head office would refuse is ever sent.
 */
export async function buildBundleEnvelope(db: Db, input: DataInput): Promise<BundleEnvelope> {
  const sections: BundleEnvelope['sections'] = {
    reports: {
      version: reportsSection.latest,
      data: { reports: await bundleReports(db, input), gaps: input.gaps },
    },
  };
  const context = {
    db,
    month: input.scope.month,
    first: input.scope.first,
    last: input.scope.last,
    reportIds: input.reports.map((r) => r.id),
    exportedAt: input.exportedAt,
    exportedBy: input.actor,
  };
  for (const section of input.sections) {
    sections[section.name] = {
      version: sectionDef(section.name)!.latest,
      data: await section.write(context),
    };
  }
  const o = input.office;
  const envelope: BundleEnvelope = {
    schemaVersion: BUNDLE_DATA_SCHEMA_VERSION,
    office: {
      code: o.region_code,
      name: o.office_name,
      region: o.region_name,
      company: o.company,
      address: o.address,
      phone: o.phone,
      fax: o.fax,
    },
    period: input.scope.month,
    revision: input.revision,
    exportedAt: input.exportedAt,
    exportedBy: { id: input.actor.id, name: input.actor.displayName },
    headOfficeDueAt: input.headOfficeDueAt,
    files: input.files,
    sections,
  };
  return envelope;
}
