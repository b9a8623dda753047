import type { SessionDetail, SessionSummary } from '../../../../src-shared/contract/training';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { SessionUser } from '../../handler-types';
import { toAttachment } from '../attachments';
import type { TrainingSessionRow } from './tables';

/** The API's shape of a session row with its list's counts. */
function toSummary(row: TrainingSessionRow, counts: { all: number; entered: number }): SessionSummary {
  return {
    id: row.id,
    topic: row.topic,
    category: row.category,
    trainerId: row.trainer_id,
    trainerName: row.trainer_name,
    day: row.day,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    hours: row.hours,
    notes: row.notes,
    status: row.status,
    attendeeCount: counts.all,
    enteredCount: counts.entered,
  };
}

/** Sessions with the counts of their lists, newest day first. */
export async function listSessions(
  db: Db,
  filter: { from?: string; to?: string; category?: string; status?: string; attendeeId?: number },
): Promise<SessionSummary[]> {
  let q = db.selectFrom('training_sessions').selectAll();
  if (filter.from) q = q.where('day', '>=', filter.from);
  if (filter.to) q = q.where('day', '<=', filter.to);
  if (filter.category) q = q.where('category', '=', filter.category);
  if (filter.status) q = q.where('status', '=', filter.status as TrainingSessionRow['status']);
  if (filter.attendeeId !== undefined) {
    const userId = filter.attendeeId;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('training_attendees').select('session_id').where('user_id', '=', userId),
    );
  }
  const rows = await q.orderBy('day', 'desc').orderBy('start_time', 'desc').orderBy('id', 'desc').execute();
  const counts = new Map<number, { all: number; entered: number }>();
  if (rows.length > 0) {
    const tallies = await db
      .selectFrom('training_attendees')
      .select((eb) => [
        'session_id',
        eb.fn.countAll<number>().as('all'),
        eb.fn.count<number>('entered_by').as('entered'),
      ])
      .where(
        'session_id',
        'in',
        rows.map((r) => r.id),
      )
      .groupBy('session_id')
      .execute();
    for (const t of tallies) counts.set(t.session_id, { all: Number(t.all), entered: Number(t.entered) });
  }
  return rows.map((r) => toSummary(r, counts.get(r.id) ?? { all: 0, entered: 0 }));
}

/** A session's row, or NOT_FOUND. */
export async function requireSession(db: Db, id: number): Promise<TrainingSessionRow> {
  const row = await db.selectFrom('training_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new ApiError('NOT_FOUND', '找不到这次培训,可能已被删除。');
  return row;
}

/** Whether a rep is on a session's list; the office's manager and clerk see every session. */
export async function maySeeSession(db: Db, me: SessionUser, sessionId: number): Promise<boolean> {
  if (me.role !== 'rep') return true;
  const row = await db
    .selectFrom('training_attendees')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', me.id)
    .executeTakeFirst();
  return !!row;
}

/** A session with its list (a rep: their own row) and its materials. */
export async function sessionDetail(db: Db, id: number, me: SessionUser): Promise<SessionDetail> {
  const row = await requireSession(db, id);
  if (!(await maySeeSession(db, me, id)))
    throw new ApiError('NOT_FOUND', '找不到这次培训,您不在其参训名单中。');
  const attendees = await db
    .selectFrom('training_attendees')
    .innerJoin('users', 'users.id', 'training_attendees.user_id')
    .leftJoin('users as clerk', 'clerk.id', 'training_attendees.entered_by')
    .select([
      'training_attendees.user_id',
      'users.display_name',
      'training_attendees.attendance',
      'training_attendees.score',
      'training_attendees.entered_at',
      'clerk.display_name as entered_by_name',
    ])
    .where('training_attendees.session_id', '=', id)
    .orderBy('users.display_name')
    .orderBy('training_attendees.user_id')
    .execute();
  const materials = await db
    .selectFrom('training_materials')
    .innerJoin('attachments', 'attachments.id', 'training_materials.attachment_id')
    .innerJoin('users', 'users.id', 'attachments.created_by')
    .select([
      'attachments.id',
      'attachments.file_name',
      'attachments.mime',
      'attachments.bytes',
      'attachments.sha256',
      'attachments.created_at',
      'users.display_name',
    ])
    .where('training_materials.session_id', '=', id)
    .orderBy('attachments.id')
    .execute();
  const shown = me.role === 'rep' ? attendees.filter((a) => a.user_id === me.id) : attendees;
  return {
    session: toSummary(row, {
      all: attendees.length,
      entered: attendees.filter((a) => a.attendance !== null).length,
    }),
    attendees: shown.map((a) => ({
      userId: a.user_id,
      name: a.display_name,
      attendance: a.attendance,
      score: a.score,
      enteredByName: a.entered_by_name,
      enteredAt: a.entered_at,
    })),
    materials: materials.map(toAttachment),
  };
}
