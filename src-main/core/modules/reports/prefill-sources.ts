import { VISIT_PURPOSES } from '../../../../src-shared/domain/forms';
import type { Db } from '../../db/database';
import { contactCount, distinctCustomersVisited } from '../customers';

export interface PrefillScope {
  authorId: number;
  authorRole: 'rep' | 'manager' | 'clerk';
  first: string;
  last: string;
}

/** The 拜访目的 that counts a visited customer as newly developed. */
const NEW_CUSTOMER_PURPOSE = VISIT_PURPOSES[0];

/** Number of visits the author recorded in their 走访表 over the period. */
export async function visitCount(db: Db, s: PrefillScope): Promise<number> {
  return contactCount(db, { kind: 'visit', from: s.first, to: s.last, authorId: s.authorId });
}

/** Distinct customers the author visited to develop them (拜访目的 开发新客户) over the period. */
export async function newCustomerCount(db: Db, s: PrefillScope): Promise<number> {
  return distinctCustomersVisited(db, {
    authorId: s.authorId,
    purpose: NEW_CUSTOMER_PURPOSE,
    from: s.first,
    to: s.last,
  });
}

/** Joint visits (协访表) over the period: with the rep for a rep, by the manager for a manager. */
export async function jointVisitCount(db: Db, s: PrefillScope): Promise<number> {
  return contactCount(db, {
    kind: 'jointVisit',
    from: s.first,
    to: s.last,
    ...(s.authorRole === 'manager' ? { authorId: s.authorId } : { withPersonId: s.authorId }),
  });
}
