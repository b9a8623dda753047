import type { Kysely } from 'kysely';
import type { DB } from '../../db/database';
import type { FormCode } from '../../../../src-shared/domain/forms';

type Row = Record<string, unknown>;

async function reportsIn(db: Kysely<DB>, formCode: FormCode, first: string, last: string) {
  const rows = await db
    .selectFrom('reports')
    .select(['author_id', 'data', 'period_key'])
    .where('form_code', '=', formCode)
    .where('period_start', '>=', first)
    .where('period_start', '<=', last)
    .execute();
  return rows.map((r) => ({
    authorId: r.author_id,
    periodKey: r.period_key,
    data: JSON.parse(r.data) as Row,
  }));
}

function visitsOf(data: Row): Row[] {
  return Array.isArray(data.visits) ? (data.visits as Row[]) : [];
}

export interface PrefillScope {
  authorId: number;
  authorRole: 'rep' | 'manager' | 'clerk';
  first: string;
  last: string;
}

/** Number of visits the author recorded in their 走访表 over the period. */
export async function visitCount(db: Kysely<DB>, s: PrefillScope): Promise<number> {
  const reports = await reportsIn(db, 'F01', s.first, s.last);
  return reports.filter((r) => r.authorId === s.authorId).reduce((n, r) => n + visitsOf(r.data).length, 0);
}

/** Distinct customers the author visited to develop them (拜访目的 开发新客户) over the period. */
export async function newCustomerCount(db: Kysely<DB>, s: PrefillScope): Promise<number> {
  const reports = await reportsIn(db, 'F01', s.first, s.last);
  const names = new Set<string>();
  for (const r of reports) {
    if (r.authorId !== s.authorId) continue;
    for (const v of visitsOf(r.data)) {
      if (v.purpose === '开发新客户' && typeof v.customerName === 'string' && v.customerName.trim()) {
        names.add(v.customerName.trim());
      }
    }
  }
  return names.size;
}

/** Joint visits (协访表) over the period: with the rep for a rep, by the manager for a manager. */
export async function jointVisitCount(db: Kysely<DB>, s: PrefillScope): Promise<number> {
  const reports = await reportsIn(db, 'F02', s.first, s.last);
  return reports.filter((r) =>
    s.authorRole === 'manager' ? r.authorId === s.authorId : r.data.repId === s.authorId,
  ).length;
}
