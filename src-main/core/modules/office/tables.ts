import type { ColumnType, Selectable } from 'kysely';
import type { InstallationMode } from '../../../../src-shared/contract';
import type { Timestamp } from '../../db/database';

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

declare module '../../db/database' {
  interface DB {
    office: OfficeTable;
  }
}

export type Office = Selectable<OfficeTable>;
