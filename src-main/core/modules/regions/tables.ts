import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../../../../src-shared/domain/roles';
import type { Timestamp } from '../../db/database';

/**
 * A sales region (区域): an office has one, head office knows every office's. Coverage, market
 * tier and customer types are the regulation's 区域划分 criteria.
 */
export interface RegionTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** Provinces and cities covered, as the office writes them (浙江省杭州市、绍兴市). */
  coverage: ColumnType<string, string | undefined, string>;
  market_tier: ColumnType<string, string | undefined, string>;
  /** JSON array of the customer types the region serves. */
  customer_types: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * Who belonged to a region, in which role, from which day to which day (office days, inclusive;
 * to_day null while it lasts). A transfer ends one row and starts another, so who supervised
 * whom on a given day stays answerable.
 */
export interface RegionAssignmentTable {
  id: Generated<number>;
  region_id: number;
  user_id: number;
  role: Role;
  from_day: string;
  to_day: string | null;
  created_at: Timestamp;
  created_by: number | null;
}

declare module '../../db/database' {
  interface DB {
    regions: RegionTable;
    region_assignments: RegionAssignmentTable;
  }
}

export type Region = Selectable<RegionTable>;
export type RegionAssignment = Selectable<RegionAssignmentTable>;
