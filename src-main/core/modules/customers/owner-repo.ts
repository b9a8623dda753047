import type { CustomerOwnerSpan } from '../../../../src-shared/contract/customers';
import { addDays } from '../../../../src-shared/domain/deadlines/calendar';
import type { Db } from '../../db/database';

/** A customer's ownership over office days, inclusive; toDay null while it lasts. */
export interface OwnerSpan {
  customerId: number;
  ownerId: number;
  fromDay: string;
  toDay: string | null;
}

/**
 * Makes `ownerId` (null: nobody) the customer's owner from `fromDay` on, in the caller's
 * transaction. The open ownership ends the day before; one that started on `fromDay` itself is
 * replaced rather than ended, as a same-day correction leaves no day-less row (and a to_day before
 * its from_day is refused by the table).
 */
export async function changeOwner(
  trx: Db,
  c: {
    customerId: number;
    ownerId: number | null;
    fromDay: string;
    reason: string;
    actorId: number;
    at: string;
  },
): Promise<void> {
  await trx
    .deleteFrom('customer_owners')
    .where('customer_id', '=', c.customerId)
    .where('to_day', 'is', null)
    .where('from_day', '>=', c.fromDay)
    .execute();
  await trx
    .updateTable('customer_owners')
    .set({ to_day: addDays(c.fromDay, -1) })
    .where('customer_id', '=', c.customerId)
    .where('to_day', 'is', null)
    .execute();
  if (c.ownerId === null) return;
  await trx
    .insertInto('customer_owners')
    .values({
      customer_id: c.customerId,
      owner_id: c.ownerId,
      from_day: c.fromDay,
      to_day: null,
      reason: c.reason,
      created_by: c.actorId,
      created_at: c.at,
    })
    .execute();
}

/** Each customer's latest ownership (open, or the last one ended), by customer id. */
export async function latestOwnership(db: Db, customerIds: readonly number[]) {
  if (customerIds.length === 0) return new Map<number, OwnerSpan>();
  const rows = await db
    .selectFrom('customer_owners')
    .select(['customer_id', 'owner_id', 'from_day', 'to_day'])
    .where('customer_id', 'in', [...customerIds])
    .orderBy('customer_id')
    .orderBy('from_day')
    .orderBy('id')
    .execute();
  // Ordered oldest first, so the last row seen for a customer is its latest.
  return new Map(
    rows.map((r) => [
      r.customer_id,
      { customerId: r.customer_id, ownerId: r.owner_id, fromDay: r.from_day, toDay: r.to_day },
    ]),
  );
}

/** Who was responsible for a customer on an office day, or null (nobody, or before it was filed). */
export async function ownerOn(db: Db, customerId: number, day: string): Promise<number | null> {
  const row = await db
    .selectFrom('customer_owners')
    .select('owner_id')
    .where('customer_id', '=', customerId)
    .where('from_day', '<=', day)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .orderBy('from_day', 'desc')
    .executeTakeFirst();
  return row?.owner_id ?? null;
}

/**
 * Who owned each of the customers over office days `first`..`last`, one span per owner, cut to
 * those days (a span still open ends on `last`), oldest first: what a month's figures of a
 * transferred customer are split by.
 */
export async function ownersDuring(
  db: Db,
  customerIds: readonly number[],
  first: string,
  last: string,
): Promise<(OwnerSpan & { toDay: string })[]> {
  if (customerIds.length === 0 || last < first) return [];
  const rows = await db
    .selectFrom('customer_owners')
    .select(['customer_id', 'owner_id', 'from_day', 'to_day'])
    .where('customer_id', 'in', [...customerIds])
    .where('from_day', '<=', last)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', first)]))
    .orderBy('customer_id')
    .orderBy('from_day')
    .execute();
  return rows.map((r) => ({
    customerId: r.customer_id,
    ownerId: r.owner_id,
    fromDay: r.from_day < first ? first : r.from_day,
    toDay: r.to_day === null || r.to_day > last ? last : r.to_day,
  }));
}

/** A customer's ownerships, oldest first, with the owners' and recorders' names. */
export async function ownershipHistory(db: Db, customerId: number) {
  return db
    .selectFrom('customer_owners as o')
    .innerJoin('users as owner', 'owner.id', 'o.owner_id')
    .leftJoin('users as by', 'by.id', 'o.created_by')
    .select([
      'o.owner_id',
      'owner.display_name as owner_name',
      'o.from_day',
      'o.to_day',
      'o.reason',
      'by.display_name as by_name',
      'o.created_at',
    ])
    .where('o.customer_id', '=', customerId)
    .orderBy('o.from_day')
    .orderBy('o.id')
    .execute();
}

/** A customer's ownerships as the contract lists them, oldest first. */
export async function ownerSpans(db: Db, customerId: number): Promise<CustomerOwnerSpan[]> {
  return (await ownershipHistory(db, customerId)).map((r) => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    fromDay: r.from_day,
    toDay: r.to_day,
    reason: r.reason,
    byName: r.by_name,
    at: r.created_at,
  }));
}
