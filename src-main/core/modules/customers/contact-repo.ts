import type { ReportContact } from '../../../../src-shared/domain/forms';
import type { Db } from '../../db/database';

/**
 * Replaces the contacts a report records, in the report's own transaction. A customer id that
 * is not on file is dropped, and a typed name that is on file is matched, so a customer's history
 * holds every visit however its name was entered.
 */
export async function replaceReportContacts(
  trx: Db,
  report: { id: number; authorId: number; day: string },
  contacts: readonly ReportContact[],
): Promise<void> {
  await trx.deleteFrom('customer_contacts').where('report_id', '=', report.id).execute();
  if (contacts.length === 0) return;
  const picked = [...new Set(contacts.map((c) => c.customerId).filter((id): id is number => id !== null))];
  const names = [...new Set(contacts.map((c) => c.customerName.toLowerCase()))];
  const known = await trx
    .selectFrom('customers')
    .select(['id', 'name'])
    .where((eb) =>
      eb.or([eb('id', 'in', picked.length ? picked : [0]), eb(eb.fn('lower', ['name']), 'in', names)]),
    )
    .execute();
  const ids = new Set(known.map((c) => c.id));
  const byName = new Map(known.map((c) => [c.name.toLowerCase(), c.id]));
  const people = await trx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [0, ...contacts.map((c) => c.withPersonId ?? 0)])
    .execute();
  const persons = new Set(people.map((p) => p.id));
  await trx
    .insertInto('customer_contacts')
    .values(
      contacts.map((c) => ({
        report_id: report.id,
        row_index: c.rowIndex,
        kind: c.kind,
        customer_id:
          c.customerId !== null && ids.has(c.customerId)
            ? c.customerId
            : (byName.get(c.customerName.toLowerCase()) ?? null),
        customer_name: c.customerName,
        day: report.day,
        mode: c.mode,
        purpose: c.purpose,
        next_visit: c.nextVisit,
        author_id: report.authorId,
        with_person_id: c.withPersonId !== null && persons.has(c.withPersonId) ? c.withPersonId : null,
      })),
    )
    .execute();
}

/** How many contacts of a kind people recorded over office days, e.g. a rep's visits in a week. */
export async function contactCount(
  db: Db,
  q: { kind: 'visit' | 'jointVisit'; from: string; to: string; authorId?: number; withPersonId?: number },
): Promise<number> {
  let query = db
    .selectFrom('customer_contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', q.kind)
    .where('day', '>=', q.from)
    .where('day', '<=', q.to);
  if (q.authorId !== undefined) query = query.where('author_id', '=', q.authorId);
  if (q.withPersonId !== undefined) query = query.where('with_person_id', '=', q.withPersonId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Distinct customers a person visited with a given purpose over office days (e.g. 开发新客户). */
export async function distinctCustomersVisited(
  db: Db,
  q: { authorId: number; purpose: string; from: string; to: string },
): Promise<number> {
  const row = await db
    .selectFrom('customer_contacts')
    .select((eb) =>
      eb.fn
        .count<number>(eb.fn('lower', ['customer_name']))
        .distinct()
        .as('n'),
    )
    .where('kind', '=', 'visit')
    .where('author_id', '=', q.authorId)
    .where('purpose', '=', q.purpose)
    .where('day', '>=', q.from)
    .where('day', '<=', q.to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The customers on file that contacts of the given reports name, for the bundle. */
export async function customersOfReports(db: Db, reportIds: readonly number[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('customers')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('customer_contacts')
        .select('customer_id')
        .where('report_id', 'in', [...reportIds])
        .where('customer_id', 'is not', null)
        .$narrowType<{ customer_id: number }>(),
    )
    .orderBy('id')
    .execute();
}
