import type { Timestamp } from '../../db/database';

/** Named settings of the installation, each a JSON value. */
export interface SettingTable {
  key: string;
  value: string;
  updated_at: Timestamp;
  updated_by: number | null;
}

declare module '../../db/database' {
  interface DB {
    settings: SettingTable;
  }
}
