import { addDays, officeMidnight, parseDay } from '../../../../src-shared/domain/deadlines/calendar';
import { type CoachingFigures, coachingText } from '../../../../src-shared/domain/training/development';
import type { Db } from '../../db/database';
import { contactCount } from '../customers';
import { trainingFigures } from './training-figures';

/** Whose figures a report shows: a manager's are the team's, a rep's their own. */
export interface FiguresScope {
  authorId: number;
  authorRole: 'rep' | 'manager' | 'clerk';
  /** Office days, inclusive. */
  first: string;
  last: string;
}

/** The instants that bound office days [first, last]: [start, end). */
function instants(first: string, last: string): [string, string] {
  const start = officeMidnight(parseDay(first)!).toISOString();
  const end = officeMidnight(parseDay(addDays(last, 1))!).toISOString();
  return [start, end];
}

/**
 * A period's training and coaching figures for a 述职报告: for a manager the team's (the held
 * sessions, their hours, the reps' attendance, the manager's 协访 and the reps' F02 items); for a
 * rep their own (sessions on their list, hours attended, their attendance, visits with them, their items).
 */
export async function coachingFigures(db: Db, s: FiguresScope): Promise<CoachingFigures> {
  const team = s.authorRole !== 'rep';
  const reps = team
    ? (await db.selectFrom('users').select('id').where('role', '=', 'rep').execute()).map((u) => u.id)
    : [s.authorId];
  const [training, sessions, jointVisits] = await Promise.all([
    trainingFigures(db, { from: s.first, to: s.last, ...(team ? {} : { userId: s.authorId }) }),
    db
      .selectFrom('training_sessions')
      .select(['hours'])
      .where('status', '=', 'held')
      .where('day', '>=', s.first)
      .where('day', '<=', s.last)
      .execute(),
    contactCount(db, {
      kind: 'jointVisit',
      from: s.first,
      to: s.last,
      ...(team ? { authorId: s.authorId } : { withPersonId: s.authorId }),
    }),
  ]);
  const people = training.people.filter((p) => reps.includes(p.userId));
  const attended = people.reduce((n, p) => n + p.present + p.late, 0);
  const counted = people.reduce(
    (n, p) => n + p.present + p.late + p.absent + (training.excusedCountsAsAbsent ? p.excused : 0),
    0,
  );
  const [start, end] = instants(s.first, s.last);
  const items =
    reps.length === 0
      ? []
      : await db
          .selectFrom('development_items')
          .select(['status', 'created_at', 'closed_at'])
          .where('dimension', 'is not', null)
          .where('user_id', 'in', reps)
          .execute();
  const within = (at: string | null) => at !== null && at >= start && at < end;
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    sessions: team ? sessions.length : people.reduce((n, p) => n + p.invited, 0),
    hours: round1(team ? sessions.reduce((n, x) => n + x.hours, 0) : people.reduce((n, p) => n + p.hours, 0)),
    attendanceRate: counted === 0 ? null : round1((attended / counted) * 100),
    jointVisits,
    found: items.filter((i) => within(i.created_at)).length,
    improved: items.filter((i) => i.status === 'done' && within(i.closed_at)).length,
  };
}

/** The F09's 团队管理与协访情况, started with the quarter's training and coaching figures. */
export async function quarterCoaching(db: Db, s: FiguresScope): Promise<string> {
  return coachingText(await coachingFigures(db, s));
}

/**
 * Hours of training each person attended (出席 or 迟到) over office days [from, to], for the
 * training-hours KPI: only for people with an attendance mark entered for a held session in the
 * span, so a month without training (or with the sheet not yet entered) is not measured as 0 hours.
 */
export async function trainingHoursOf(
  db: Db,
  span: { from: string; to: string },
): Promise<Map<number, number>> {
  const { people } = await trainingFigures(db, span);
  return new Map(people.filter((p) => p.invited > p.notEntered).map((p) => [p.userId, p.hours]));
}
