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

/**
 * One contact with a customer a report records (a 走访表 visit row, a 协访表): written in the same
 * transaction as the report and rebuilt whenever its content changes, so a customer's last
 * contact is a query, not a scan of report content.
 */
export interface CustomerContactTable {
  id: Generated<number>;
  report_id: number;
  row_index: number;
  kind: 'visit' | 'jointVisit';
  /** The customer in the file: picked there, or matched by name; null for one typed and not on file. */
  customer_id: number | null;
  customer_name: string;
  /** The report's office day. */
  day: string;
  mode: string;
  purpose: string;
  next_visit: string | null;
  author_id: number;
  with_person_id: number | null;
}

/**
 * Who was responsible for a customer from which office day to which (inclusive; to_day null while
 * it lasts). Every change of owner closes one row and opens another in the same transaction, so
 * a transferred customer's visits and sales can be credited to whoever owned it on the day.
 */
export interface CustomerOwnerTable {
  id: Generated<number>;
  customer_id: number;
  owner_id: number;
  from_day: string;
  to_day: string | null;
  reason: string;
  created_by: number | null;
  created_at: Timestamp;
}

declare module '../../db/database' {
  interface DB {
    customers: CustomerTable;
    customer_contacts: CustomerContactTable;
    customer_owners: CustomerOwnerTable;
  }
}

export type Customer = Selectable<CustomerTable>;
export type NewCustomer = Insertable<CustomerTable>;
export type CustomerUpdate = Updateable<CustomerTable>;
export type CustomerOwner = Selectable<CustomerOwnerTable>;
