import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Timestamp } from '../../db/database';

export interface CustomerTable {
  id: Generated<number>;
  /** 客户编号, unique once given (C00001…). */
  code: string;
  name: string;
  /** The duplicate key of the name (domain/customers normalizeCustomerName). */
  name_key: string;
  type: string;
  grade: string;
  industry: string;
  address: string;
  city: string;
  source: string;
  status: '潜在' | '合作' | '流失';
  notes: string;
  owner_id: number | null;
  /** The customer this one was merged into; a merged customer leaves every list. */
  merged_into: number | null;
  merged_at: Timestamp | null;
  merged_by: number | null;
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
  /** 洽谈内容及结果 as the report wrote it. */
  result: string;
  /** The opportunity (商机) the visit served; kept only for the purposes that follow one. */
  opportunity_id: number | null;
  author_id: number;
  with_person_id: number | null;
}

/** One person at a customer (联系人), in the order the customer file lists them. */
export interface CustomerPersonTable {
  id: Generated<number>;
  customer_id: number;
  position: number;
  name: string;
  title: string;
  /** The numbers as typed; their duplicate keys are in customer_phones. */
  phones: string;
  /** YYYY-MM-DD or ''. */
  birthday: string;
}

/** Each customer's normalised phone numbers, rebuilt with its people, for the duplicate check. */
export interface CustomerPhoneTable {
  customer_id: number;
  phone_key: string;
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
    customer_people: CustomerPersonTable;
    customer_phones: CustomerPhoneTable;
  }
}

export type Customer = Selectable<CustomerTable>;
export type NewCustomer = Insertable<CustomerTable>;
export type CustomerUpdate = Updateable<CustomerTable>;
export type CustomerOwner = Selectable<CustomerOwnerTable>;
export type CustomerPerson = Selectable<CustomerPersonTable>;
