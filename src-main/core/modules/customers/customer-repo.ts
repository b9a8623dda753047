import { sql } from 'kysely';
import type { ContactPerson, Customer, DuplicateCustomer } from '../../../../src-shared/contract/customers';
import {
  normalizeCustomerName,
  normalizePhone,
  phoneKeys,
  splitPhones,
} from '../../../../src-shared/domain/customers';
import type { Db } from '../../db/database';

/** Customers with their owner's name; merged ones are left out unless asked for. */
export function customerQuery(db: Db, opts: { withMerged?: boolean } = {}) {
  const q = db
    .selectFrom('customers')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .selectAll('customers')
    .select('users.display_name as owner_name')
    .select((eb) =>
      eb
        .selectFrom('customer_contacts')
        .select((e) => e.fn.max('day').as('d'))
        .whereRef('customer_contacts.customer_id', '=', 'customers.id')
        .as('last_contact'),
    );
  return opts.withMerged ? q : q.where('customers.merged_into', 'is', null);
}

export type CustomerRow = Awaited<ReturnType<ReturnType<typeof customerQuery>['executeTakeFirstOrThrow']>>;

/** Each customer's people in order, by customer id. */
export async function peopleOf(db: Db, customerIds: readonly number[]) {
  const out = new Map<number, ContactPerson[]>();
  if (customerIds.length === 0) return out;
  const ids = [...new Set(customerIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('customer_people')
      .selectAll()
      .where('customer_id', 'in', ids.slice(i, i + 500))
      .orderBy('customer_id')
      .orderBy('position')
      .execute();
    for (const r of rows) {
      const list = out.get(r.customer_id) ?? [];
      list.push({ id: r.id, name: r.name, title: r.title, phones: r.phones, birthday: r.birthday });
      out.set(r.customer_id, list);
    }
  }
  return out;
}

/** A customer as the contract returns it; the first person fills the old single-contact fields. */
export function toCustomer(r: CustomerRow, people: readonly ContactPerson[]): Customer {
  const first = people[0];
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type,
    grade: r.grade,
    industry: r.industry,
    address: r.address,
    city: r.city,
    source: r.source,
    status: r.status,
    notes: r.notes,
    people: [...people],
    contact: first?.name ?? '',
    contactTitle: first?.title ?? '',
    phone: first?.phones ?? '',
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    lastContact: r.last_contact ?? null,
    updatedAt: r.updated_at,
  };
}

/** Rows and their people as contract customers, in the rows' order. */
export async function toCustomers(db: Db, rows: readonly CustomerRow[]): Promise<Customer[]> {
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toCustomer(r, people.get(r.id) ?? []));
}

/** One customer (merged ones too), or undefined. */
export async function loadCustomer(db: Db, id: number): Promise<Customer | undefined> {
  const row = await customerQuery(db, { withMerged: true }).where('customers.id', '=', id).executeTakeFirst();
  return row ? (await toCustomers(db, [row]))[0] : undefined;
}

export interface PersonInput {
  id?: number | undefined;
  name: string;
  title: string;
  phones: string;
  birthday: string;
}

/** Replaces a customer's people and their phone keys, in the caller's transaction. */
export async function writePeople(trx: Db, customerId: number, people: readonly PersonInput[]) {
  await trx.deleteFrom('customer_people').where('customer_id', '=', customerId).execute();
  await trx.deleteFrom('customer_phones').where('customer_id', '=', customerId).execute();
  if (people.length === 0) return;
  await trx
    .insertInto('customer_people')
    .values(
      people.map((p, position) => ({
        customer_id: customerId,
        position,
        name: p.name,
        title: p.title,
        phones: p.phones,
        birthday: p.birthday,
      })),
    )
    .execute();
  const keys = phoneKeys(people.map((p) => p.phones));
  if (keys.length)
    await trx
      .insertInto('customer_phones')
      .values(keys.map((k) => ({ customer_id: customerId, phone_key: k })))
      .execute();
}

/**
 * Customers on file (merged ones aside) that a customer with this name and these phone fields
 * would duplicate: the same name key, or a phone key in common.
 */
export async function findDuplicates(
  db: Db,
  q: { name: string; phones: readonly string[]; excludeId?: number | undefined },
): Promise<DuplicateCustomer[]> {
  const key = normalizeCustomerName(q.name);
  const keys = phoneKeys(q.phones);
  if (!key && keys.length === 0) return [];
  const byName = key
    ? await db.selectFrom('customers').select('id').where('name_key', '=', key).execute()
    : [];
  const byPhone = keys.length
    ? await db
        .selectFrom('customer_phones')
        .select(['customer_id as id', 'phone_key'])
        .where('phone_key', 'in', keys)
        .execute()
    : [];
  const ids = [...new Set([...byName.map((r) => r.id), ...byPhone.map((r) => r.id)])].filter(
    (id) => id !== q.excludeId,
  );
  if (ids.length === 0) return [];
  const rows = await customerQuery(db).where('customers.id', 'in', ids).orderBy('customers.id').execute();
  const people = await peopleOf(db, ids);
  const named = new Set(byName.map((r) => r.id));
  return rows.map((r) => {
    const shared = byPhone.find((p) => p.id === r.id);
    // The number as the customer file writes it, so the user recognises it.
    const phone = shared
      ? ((people.get(r.id) ?? [])
          .flatMap((p) => splitPhones(p.phones))
          .find((p) => normalizePhone(p) === shared.phone_key) ?? shared.phone_key)
      : null;
    const reasons: DuplicateCustomer['reasons'] = [];
    if (named.has(r.id)) reasons.push('name');
    if (shared) reasons.push('phone');
    return { id: r.id, code: r.code, name: r.name, ownerName: r.owner_name, reasons, phone };
  });
}

/** The next free code C00001… after the highest C-number on file. */
export async function nextCode(db: Db): Promise<string> {
  const row = await db
    .selectFrom('customers')
    .select(sql<number>`max(cast(substr(code, 2) as integer))`.as('n'))
    .where(sql<boolean>`code glob 'C[0-9]*'`)
    .executeTakeFirst();
  return `C${String(Number(row?.n ?? 0) + 1).padStart(5, '0')}`;
}

/** Whether a user exists (an owner named on a customer must). */
export async function userExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst());
}
