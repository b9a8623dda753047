import type { Generated } from 'kysely';
import type { BundleFileKind } from '../../../../src-shared/bundle/bundle-data';
import type { FormCode } from '../../../../src-shared/domain/forms';
import type { ReportStatus } from '../../../../src-shared/domain/report-status';
import type { Timestamp } from '../../db/database';
import type { FlagColumn } from '../../platform/db-values';

export interface HoOfficeTable {
  code: string;
  name: string;
  region: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HoOfficeKeyTable {
  id: Generated<number>;
  office_code: string;
  public_key_pem: string;
  fingerprint: string;
  source: 'file' | 'firstImport';
  registered_at: Timestamp;
  registered_by: number;
}

export interface HoBundleTable {
  id: Generated<number>;
  office_code: string;
  period: string;
  revision: number;
  /** SHA-256 of manifest.json, which names every file's hash: the bundle's identity. */
  manifest_sha256: string;
  bytes: number;
  /** SHA-256 of the bundle as it arrived (parts joined), kept as a file in the data folder (bundle-store.ts). */
  zip_sha256: string;
  exported_at: Timestamp;
  exported_by: string;
  head_office_due_at: Timestamp | null;
  /** The office as the bundle names it (letterhead), JSON. */
  office: string;
  /** The reports section's gaps, JSON. */
  gaps: string;
  key_fingerprint: string;
  imported_at: Timestamp;
  imported_by: number;
  superseded_by: number | null;
}

export interface HoBundleFileTable {
  id: Generated<number>;
  bundle_id: number;
  path: string;
  kind: BundleFileKind;
  title: string;
  form_code: FormCode | null;
  report_ids: string;
  sha256: string;
  size: number;
}

export interface HoReportTable {
  id: Generated<number>;
  bundle_id: number;
  source_id: number;
  form_code: FormCode;
  period_key: string;
  period_label: string;
  author_name: string;
  status: ReportStatus;
  on_time: FlagColumn;
  due_at: Timestamp | null;
  submitted_at: Timestamp | null;
  /** The report as data/bundle.json holds it. */
  report: string;
}

/** A section of an imported bundle's data other than its reports, as it arrived (JSON). */
export interface HoBundleSectionTable {
  bundle_id: number;
  name: string;
  version: number;
  data: string;
}

declare module '../../db/database' {
  interface DB {
    ho_bundle_sections: HoBundleSectionTable;
    ho_offices: HoOfficeTable;
    ho_office_keys: HoOfficeKeyTable;
    ho_bundles: HoBundleTable;
    ho_bundle_files: HoBundleFileTable;
    ho_reports: HoReportTable;
  }
}
