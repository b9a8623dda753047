import type { ReportContact } from '../../../../src-shared/domain/forms';
import type { Db } from '../../db/database';

/** How far a chain of merges is followed (A into B, B into C…); a loop stops there. */
const MERGE_HOPS = 10;

/**
 * Replaces the contacts a report records, in the report's own transaction. A customer id that
 * is not on file is dropped, and a typed name that is on file is matched, so a customer's history
 * holds every visit however its name was entered. A merged customer, picked or named, stands for
 * the customer it went into, so re-saving an old report keeps pointing at the one kept.
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
    .select(['id', 'name', 'merged_into'])
    .where((eb) =>
      eb.or([eb('id', 'in', picked.length ? picked : [0]), eb(eb.fn('lower', ['name']), 'in', names)]),
    )
    .execute();
  const mergedInto = new Map(known.map((c) => [c.id, c.merged_into]));
  let pending = known.filter((c) => c.merged_into !== null).map((c) => c.merged_into!);
  for (let hop = 0; hop < MERGE_HOPS && pending.length; hop++) {
    const next = await trx
      .selectFrom('customers')
      .select(['id', 'merged_into'])
      .where('id', 'in', pending)
      .execute();
    for (const n of next) mergedInto.set(n.id, n.merged_into);
    pending = next
      .filter((n) => n.merged_into !== null && !mergedInto.has(n.merged_into))
      .map((n) => n.merged_into!);
  }
  const kept = (id: number): number => {
    let at = id;
    for (let hop = 0; hop < MERGE_HOPS; hop++) {
      const into = mergedInto.get(at);
      if (into === null || into === undefined) return at;
      at = into;
    }
    return at;
  };
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
      contacts.map((c) => {
        const found =
          c.customerId !== null && ids.has(c.customerId)
            ? c.customerId
            : (byName.get(c.customerName.toLowerCase()) ?? null);
        return {
          report_id: report.id,
          row_index: c.rowIndex,
          kind: c.kind,
          customer_id: found === null ? null : kept(found),
          customer_name: c.customerName,
          day: report.day,
          mode: c.mode,
          purpose: c.purpose,
          next_visit: c.nextVisit,
          result: c.result,
          opportunity_id: c.opportunityId,
          author_id: report.authorId,
          with_person_id: c.withPersonId !== null && persons.has(c.withPersonId) ? c.withPersonId : null,
        };
      }),
    )
    .execute();
}

/** A customer's contacts, newest first, with their reports' form, status and people. */
export async function customerTimeline(db: Db, customerId: number, limit = 500) {
  return db
    .selectFrom('customer_contacts as cc')
    .innerJoin('reports as r', 'r.id', 'cc.report_id')
    .innerJoin('users as a', 'a.id', 'cc.author_id')
    .leftJoin('users as w', 'w.id', 'cc.with_person_id')
    .select([
      'cc.report_id',
      'r.form_code',
      'r.status',
      'cc.day',
      'cc.kind',
      'a.display_name as author_name',
      'w.display_name as with_name',
      'cc.mode',
      'cc.purpose',
      'cc.result',
      'cc.next_visit',
      'cc.opportunity_id',
    ])
    .where('cc.customer_id', '=', customerId)
    .orderBy('cc.day', 'desc')
    .orderBy('cc.report_id', 'desc')
    .orderBy('cc.row_index', 'desc')
    .limit(limit)
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
