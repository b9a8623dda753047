import type { Insertable } from 'kysely';
import type { BundleData } from '../../../../src-shared/bundle/bundle-data';
import { sha256Hex } from '../../platform/bundle-format';
import { flagColumn } from '../../platform/db-values';
import type { HoBundleFileTable, HoReportTable } from './tables';
import { type VerifiedBundle, type VerifyInput, verifyBundle } from './verify';

/**
 * A verified bundle as the import keeps it once its rows are made: the files and the report data
 * are in the rows, so only what the transaction still reads of the data stays.
 */
export interface CheckedBundle extends Omit<VerifiedBundle, 'files' | 'data'> {
  data: Pick<BundleData, 'exportedAt' | 'exportedBy' | 'headOfficeDueAt'>;
  /** SHA-256 of the whole zip, under which it is kept (bundle-store.ts). */
  zipSha256: string;
}

/** Everything an import will write, worked out from a verified bundle before the transaction. */
export interface PreparedImport {
  v: CheckedBundle;
  files: Omit<Insertable<HoBundleFileTable>, 'bundle_id'>[];
  reports: Omit<Insertable<HoReportTable>, 'bundle_id'>[];
  /** The sections other than the reports, as they arrived. */
  sections: { name: string; version: number; data: string; parsed: unknown }[];
  gaps: string;
  office: string;
}

/** prepareImport's work after the keys are read: no database, so it can run on any thread. */
export async function prepareBundle(input: VerifyInput): Promise<PreparedImport> {
  const { files: contents, data, ...verified } = await verifyBundle(input);
  const described = new Map(data.files.map((f) => [f.path, f]));
  const files = [...contents].map(([path, bytes]) => {
    const f = described.get(path);
    return {
      path,
      kind: f?.kind ?? 'document',
      title: f?.title ?? path,
      form_code: f?.formCode ?? null,
      report_ids: JSON.stringify(f?.reportIds ?? []),
      sha256: sha256Hex(bytes),
      size: bytes.length,
    };
  });
  const reports = data.sections.reports.reports.map((r) => ({
    source_id: r.id,
    form_code: r.formCode,
    period_key: r.periodKey,
    period_label: r.periodLabel,
    author_name: r.author.name,
    status: r.status,
    on_time: flagColumn(r.onTime),
    due_at: r.dueAt,
    submitted_at: r.submittedAt,
    report: JSON.stringify(r),
  }));
  const sections = Object.entries(data.sections)
    .filter(([name, value]) => name !== 'reports' && value !== undefined)
    .map(([name, value]) => ({
      name,
      version: data.sectionVersions[name]!,
      data: JSON.stringify(value),
      parsed: value as unknown,
    }));
  return {
    v: {
      ...verified,
      zipSha256: sha256Hex(verified.zip),
      data: {
        exportedAt: data.exportedAt,
        exportedBy: data.exportedBy,
        headOfficeDueAt: data.headOfficeDueAt,
      },
    },
    files,
    reports,
    sections,
    gaps: JSON.stringify(data.sections.reports.gaps),
    office: JSON.stringify(data.office),
  };
}
