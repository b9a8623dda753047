import type { BundleTraining } from '../../../../src-shared/bundle/sections';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import type { BundleSectionHandler } from '../../handler-types';
import { loadTrainingSettings } from './training-settings';

const dayOf = (at: string) => officeDay(new Date(at));

/**
 * The month's training for head office: every session dated in it with its list as the clerk
 * entered it, and the development plan items opened or closed during it (office days).
 */
export const trainingSection: BundleSectionHandler = {
  name: 'training',
  write: async ({ db, month, first, last }): Promise<BundleTraining> => {
    const { excusedCountsAsAbsent } = await loadTrainingSettings(db);
    const sessions = await db
      .selectFrom('training_sessions')
      .selectAll()
      .where('day', '>=', first)
      .where('day', '<=', last)
      .orderBy('day')
      .orderBy('start_time')
      .orderBy('id')
      .execute();
    const attendees =
      sessions.length === 0
        ? []
        : await db
            .selectFrom('training_attendees')
            .innerJoin('users', 'users.id', 'training_attendees.user_id')
            .select([
              'training_attendees.session_id',
              'training_attendees.user_id',
              'users.display_name',
              'training_attendees.attendance',
              'training_attendees.score',
            ])
            .where(
              'training_attendees.session_id',
              'in',
              sessions.map((s) => s.id),
            )
            .orderBy('training_attendees.user_id')
            .execute();
    // Instants are UTC: a day either side catches the office's day boundary, then each is placed.
    const items = await db
      .selectFrom('development_items')
      .innerJoin('users', 'users.id', 'development_items.user_id')
      .selectAll('development_items')
      .select('users.display_name')
      .where((eb) =>
        eb.or([
          eb.and([
            eb('development_items.created_at', '>=', addDays(first, -1)),
            eb('development_items.created_at', '<', addDays(last, 2)),
          ]),
          eb.and([
            eb('development_items.closed_at', '>=', addDays(first, -1)),
            eb('development_items.closed_at', '<', addDays(last, 2)),
          ]),
        ]),
      )
      .orderBy('development_items.id')
      .execute();
    const inMonth = (d: string | null) => d !== null && d >= first && d <= last;
    return {
      month,
      excusedCountsAsAbsent,
      sessions: sessions.map((s) => ({
        id: s.id,
        topic: s.topic.slice(0, 100),
        category: s.category.slice(0, 20),
        trainerName: s.trainer_name.slice(0, 50),
        internalTrainer: s.trainer_id !== null,
        day: s.day,
        startTime: s.start_time,
        endTime: s.end_time,
        place: s.place.slice(0, 100),
        hours: s.hours,
        status: s.status,
        attendees: attendees
          .filter((a) => a.session_id === s.id)
          .map((a) => ({
            userId: a.user_id,
            name: a.display_name.slice(0, 50),
            attendance: a.attendance,
            score: a.score,
          })),
      })),
      development: items
        .map((i) => ({
          ...i,
          openedOn: dayOf(i.created_at),
          closedOn: i.closed_at ? dayOf(i.closed_at) : null,
        }))
        .filter((i) => inMonth(i.openedOn) || inMonth(i.closedOn))
        .map((i) => ({
          id: i.id,
          userId: i.user_id,
          name: i.display_name.slice(0, 50),
          skill: i.skill.slice(0, 200),
          goal: i.goal.slice(0, 500),
          category: i.category?.slice(0, 20) ?? null,
          status: i.status,
          dueOn: i.due_on,
          dimension: i.dimension?.slice(0, 40) ?? null,
          openedOn: i.openedOn,
          closedOn: i.closedOn,
        })),
    };
  },
};
