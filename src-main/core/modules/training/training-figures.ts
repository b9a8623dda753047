import type { PersonFigures } from '../../../../src-shared/contract/training';
import { trainingStats } from '../../../../src-shared/domain/training/stats';
import type { Db } from '../../db/database';
import { loadTrainingSettings } from './training-settings';

/** Training figures over a span of days, with the rule the rate was computed by. */
export interface TrainingFigures {
  excusedCountsAsAbsent: boolean;
  people: PersonFigures[];
}

/**
 * Hours and attendance per person over [from, to] (office days, inclusive), from the held
 * sessions; one person's when userId is given. For other modules: the F09's training figures and
 * the training-hours KPI.
 */
export async function trainingFigures(
  db: Db,
  span: { from: string; to: string; userId?: number },
): Promise<TrainingFigures> {
  const { excusedCountsAsAbsent } = await loadTrainingSettings(db);
  const sessions = await db
    .selectFrom('training_sessions')
    .select(['id', 'day', 'hours', 'status'])
    .where('day', '>=', span.from)
    .where('day', '<=', span.to)
    .where('status', '=', 'held')
    .execute();
  if (sessions.length === 0) return { excusedCountsAsAbsent, people: [] };
  let q = db
    .selectFrom('training_attendees')
    .innerJoin('training_sessions', 'training_sessions.id', 'training_attendees.session_id')
    .select([
      'training_attendees.session_id',
      'training_attendees.user_id',
      'training_attendees.attendance',
      'training_attendees.score',
    ])
    .where('training_sessions.day', '>=', span.from)
    .where('training_sessions.day', '<=', span.to)
    .where('training_sessions.status', '=', 'held');
  if (span.userId !== undefined) q = q.where('training_attendees.user_id', '=', span.userId);
  const invitations = await q.execute();
  const userIds = [...new Set(invitations.map((i) => i.user_id))];
  if (userIds.length === 0) return { excusedCountsAsAbsent, people: [] };
  const memberships = await db
    .selectFrom('region_assignments')
    .select(['user_id', 'from_day', 'to_day'])
    .where('user_id', 'in', userIds)
    .where('from_day', '<=', span.to)
    .execute();
  const names = new Map(
    (await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()).map(
      (u) => [u.id, u.display_name],
    ),
  );
  const stats = trainingStats({
    from: span.from,
    to: span.to,
    sessions,
    invitations: invitations.map((i) => ({
      sessionId: i.session_id,
      userId: i.user_id,
      attendance: i.attendance,
      score: i.score,
    })),
    memberships: memberships.map((m) => ({ userId: m.user_id, fromDay: m.from_day, toDay: m.to_day })),
    excusedCountsAsAbsent,
  });
  return {
    excusedCountsAsAbsent,
    people: stats
      .map((s) => ({ ...s, name: names.get(s.userId) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.userId - b.userId),
  };
}
