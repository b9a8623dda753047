import type { DevelopmentItem } from '../../../../src-shared/contract/development';
import {
  ACTIVE_DEVELOPMENT_STATUSES,
  autoCloseNote,
  dimensionLabel,
  type DevelopmentStatus,
  proposalText,
  scoreOutcomes,
} from '../../../../src-shared/domain/training/development';
import type { Db } from '../../db/database';

/** Items with their person, source report and closer, ready to filter. */
export function itemQuery(db: Db) {
  return db
    .selectFrom('development_items as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .leftJoin('users as c', 'c.id', 'd.closed_by')
    .leftJoin('reports as s', 's.id', 'd.source_report_id')
    .selectAll('d')
    .select([
      'u.display_name as user_name',
      'c.display_name as closer_name',
      's.period_key as source_period',
    ]);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemQuery>['executeTakeFirstOrThrow']>>;

/** An item as the API gives it. */
export function toItem(r: ItemRow): DevelopmentItem {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    skill: r.skill,
    goal: r.goal,
    action: r.action,
    dueOn: r.due_on,
    category: r.category,
    status: r.status,
    source:
      r.source_report_id !== null ? { reportId: r.source_report_id, periodKey: r.source_period ?? '' } : null,
    dimension: r.dimension,
    dimensionLabel: r.dimension === null ? null : dimensionLabel(r.dimension),
    closedReportId: r.closed_report_id,
    closedBy: r.closed_by !== null ? { id: r.closed_by, name: r.closer_name ?? '' } : null,
    closedAt: r.closed_at,
    closeNote: r.close_note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One item, or undefined. */
export async function loadItem(db: Db, id: number): Promise<DevelopmentItem | undefined> {
  const row = await itemQuery(db).where('d.id', '=', id).executeTakeFirst();
  return row && toItem(row);
}

/** Items of one person or everyone, in some states: newest first, one F02's in the form's order. */
export async function listItems(
  db: Db,
  q: { userId?: number; status?: readonly DevelopmentStatus[] },
): Promise<DevelopmentItem[]> {
  let query = itemQuery(db);
  if (q.userId !== undefined) query = query.where('d.user_id', '=', q.userId);
  if (q.status?.length) query = query.where('d.status', 'in', [...q.status]);
  const rows = await query.orderBy('d.created_at', 'desc').orderBy('d.id', 'asc').execute();
  return rows.map(toItem);
}

/** An approved 协访表 as the development plan reads it. */
export interface ApprovedJointVisit {
  reportId: number;
  /** The visit's day (YYYY-MM-DD). */
  periodKey: string;
  /** The report's validated values; repId names the coached rep. */
  data: Record<string, unknown>;
  at: string;
}

/**
 * What an approved F02 changes in the coached rep's plan, in the approval's transaction: each
 * dimension scored ≤ 2 proposes an item unless one is still proposed or open; each scored ≥ 3
 * closes that dimension's proposed or open item from an earlier visit, by itself.
 */
export async function applyJointVisit(trx: Db, visit: ApprovedJointVisit): Promise<void> {
  const repId = visit.data.repId;
  if (typeof repId !== 'number') return;
  const { propose, close } = scoreOutcomes(visit.data);
  const active = await trx
    .selectFrom('development_items as d')
    .leftJoin('reports as s', 's.id', 'd.source_report_id')
    .select(['d.id', 'd.dimension', 's.period_key as source_period'])
    .where('d.user_id', '=', repId)
    .where('d.dimension', 'is not', null)
    .where('d.status', 'in', [...ACTIVE_DEVELOPMENT_STATUSES])
    .execute();
  for (const { dimension, score } of close) {
    // A visit made before the one that proposed the item says nothing about progress since.
    const ids = active
      .filter((a) => a.dimension === dimension.key && (a.source_period ?? '') < visit.periodKey)
      .map((a) => a.id);
    if (ids.length === 0) continue;
    await trx
      .updateTable('development_items')
      .set({
        status: 'done',
        closed_report_id: visit.reportId,
        closed_by: null,
        closed_at: visit.at,
        close_note: autoCloseNote(dimension, score, visit.periodKey),
        updated_at: visit.at,
      })
      .where('id', 'in', ids)
      .execute();
  }
  for (const dimension of propose) {
    if (active.some((a) => a.dimension === dimension.key)) continue;
    const score = visit.data[dimension.key] as number;
    await trx
      .insertInto('development_items')
      .values({
        user_id: repId,
        skill: dimension.label,
        ...proposalText(dimension, score),
        due_on: null,
        category: dimension.category,
        status: 'proposed',
        source_report_id: visit.reportId,
        dimension: dimension.key,
        closed_report_id: null,
        closed_by: null,
        closed_at: null,
        close_note: null,
        created_by: null,
        created_at: visit.at,
        updated_at: visit.at,
      })
      .execute();
  }
}
