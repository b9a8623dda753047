import type { ColumnType } from 'kysely';
import type { InstallationMode } from '../../../../src-shared/contract';
import type { Timestamp } from '../../db/database';

export interface OfficeTable {
  id: 1;
  company: string;
  /** The office's region (regions module); head office's own is 销售部. */
  region_id: number | null;
  office_name: string;
  address: string;
  phone: string;
  fax: string;
  /** 启用日期 (office day): nothing is due before it. */
  start_date: ColumnType<string, string, string>;
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
