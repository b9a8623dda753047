import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are ISO-8601 strings in UTC. */
type Timestamp = string;

export interface OfficeTable {
  id: 1;
  company: string;
  region_code: string;
  region_name: string;
  coverage: string;
  office_name: string;
  address: string;
  phone: string;
  fax: string;
  /** 'office': a regional office; 'headOffice': the sales department that imports bundles. */
  mode: ColumnType<InstallationMode, InstallationMode | undefined, InstallationMode>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type InstallationMode = 'office' | 'headOffice';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: 'manager' | 'rep' | 'clerk';
  password_hash: string;
  active: ColumnType<number, number | undefined, number>;
  phone: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: number | null;
  updated_by: number | null;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface CustomerTable {
  id: Generated<number>;
  name: string;
  type: string;
  grade: string;
  address: string;
  contact: string;
  contact_title: string;
  phone: string;
  owner_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: number;
  updated_by: number;
}

export interface ReportTable {
  id: Generated<number>;
  form_code: string;
  author_id: number;
  period_key: string;
  status: 'draft' | 'submitted' | 'returned' | 'approved' | 'sent';
  data: string;
  version: number;
  entered_by: number;
  due_at: Timestamp | null;
  submitted_at: Timestamp | null;
  on_time: number | null;
  reviewer_id: number | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
  period_start: string | null;
  period_end: string | null;
  event_at: Timestamp | null;
  review_due_at: Timestamp | null;
  prefilled: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: number;
  updated_by: number;
}

export interface ReportVersionTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  action: 'submit' | 'return' | 'approve' | 'decide' | 'send';
  status: string;
  data: string;
  comment: string | null;
  actor_id: number;
  at: Timestamp;
}

export interface AuditTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  detail: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: Timestamp;
  updated_by: number | null;
}

export interface BundleExportTable {
  id: Generated<number>;
  /** The month, YYYY-MM. */
  period: string;
  revision: number;
  /** JSON [{ fileName, bytes }] of the files written to the outbox. */
  files: string;
  bytes: number;
  /** SHA-256 of the whole bundle (before any split). */
  sha256: string;
  /** JSON array of the ids of the reports in the bundle. */
  report_ids: string;
  /** JSON array of the gaps listed in the bundle. */
  gaps: string;
  superseded_by: number | null;
  created_at: Timestamp;
  created_by: number;
}

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
  /** The bundle as it arrived, parts joined. */
  zip: Buffer;
  exported_at: Timestamp;
  exported_by: string;
  head_office_due_at: Timestamp | null;
  office: string;
  people: string;
  customers: string;
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
  kind: string;
  title: string;
  form_code: string | null;
  report_ids: string;
  sha256: string;
  size: number;
}

export interface HoReportTable {
  id: Generated<number>;
  bundle_id: number;
  source_id: number;
  form_code: string;
  period_key: string;
  period_label: string;
  author_name: string;
  status: string;
  on_time: number | null;
  due_at: Timestamp | null;
  submitted_at: Timestamp | null;
  /** The report as data/bundle.json holds it. */
  report: string;
}

export interface DB {
  office: OfficeTable;
  users: UserTable;
  sessions: SessionTable;
  customers: CustomerTable;
  reports: ReportTable;
  report_versions: ReportVersionTable;
  audit_log: AuditTable;
  settings: SettingTable;
  bundle_exports: BundleExportTable;
  ho_offices: HoOfficeTable;
  ho_office_keys: HoOfficeKeyTable;
  ho_bundles: HoBundleTable;
  ho_bundle_files: HoBundleFileTable;
  ho_reports: HoReportTable;
}

export type Office = Selectable<OfficeTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Customer = Selectable<CustomerTable>;
export type NewCustomer = Insertable<CustomerTable>;
export type CustomerUpdate = Updateable<CustomerTable>;
export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type ReportUpdate = Updateable<ReportTable>;
export type ReportVersion = Selectable<ReportVersionTable>;
export type BundleExport = Selectable<BundleExportTable>;
