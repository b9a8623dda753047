import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Timestamp } from '../../db/database';

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

declare module '../../db/database' {
  interface DB {
    customers: CustomerTable;
  }
}

export type Customer = Selectable<CustomerTable>;
export type NewCustomer = Insertable<CustomerTable>;
export type CustomerUpdate = Updateable<CustomerTable>;
