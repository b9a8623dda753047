import type { z } from 'zod';
import type { sessionFields } from '../../../../src-shared/contract/training';
import { hoursBetween } from '../../../../src-shared/domain/training/sessions';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { loadTrainingSettings } from './training-settings';

type Fields = z.output<typeof sessionFields>;

/** The roles a whole region stands for on a session's list: its reps and clerks. */
const REGION_ROLES = ['rep', 'clerk'] as const;

/**
 * The people of the regions on a day, from the regions' dated memberships: whoever belonged that
 * day, so a person who left before, or joins after, the session is not on its list.
 */
async function regionPeopleOn(db: Db, regionIds: readonly number[], day: string): Promise<number[]> {
  if (regionIds.length === 0) return [];
  const known = await db.selectFrom('regions').select('id').where('id', 'in', regionIds).execute();
  const missing = regionIds.filter((r) => !known.some((k) => k.id === r));
  if (missing.length > 0) {
    throw new ApiError('BAD_INPUT', `找不到编号为 ${missing.join('、')} 的区域,请重新选择。`, {
      'fields.regionIds': '区域不存在',
    });
  }
  const rows = await db
    .selectFrom('region_assignments')
    .innerJoin('users', 'users.id', 'region_assignments.user_id')
    .select('region_assignments.user_id')
    .where('region_assignments.region_id', 'in', regionIds)
    .where('region_assignments.role', 'in', REGION_ROLES)
    .where('region_assignments.from_day', '<=', day)
    .where((eb) =>
      eb.or([eb('region_assignments.to_day', 'is', null), eb('region_assignments.to_day', '>=', day)]),
    )
    .where('users.active', '=', 1)
    .execute();
  return rows.map((r) => r.user_id);
}

/** Checks the people named by hand: they must exist and be active. */
async function checkPeople(db: Db, ids: readonly number[], field: string, label: string) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'active'])
    .where('id', 'in', ids)
    .execute();
  const missing = ids.filter((i) => !rows.some((r) => r.id === i));
  if (missing.length > 0) {
    throw new ApiError('BAD_INPUT', `找不到编号为 ${missing.join('、')} 的${label},请重新选择。`, {
      [field]: `${label}不存在`,
    });
  }
  const inactive = rows.filter((r) => r.active !== 1);
  if (inactive.length > 0) {
    throw new ApiError(
      'BAD_INPUT',
      `${inactive.map((r) => r.display_name).join('、')} 的账户已停用,不能作为${label}。`,
      { [field]: `${label}已停用` },
    );
  }
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * Schedules a session or changes a scheduled one, in the caller's transaction: the category must
 * be one of the settings', the trainer a person of the office or an outside name, and the list is
 * the people named plus the regions' people on the day. Returns the session's id.
 */
export async function saveSession(
  trx: Db,
  change: { id?: number; fields: Fields; actorId: number; at: string },
): Promise<number> {
  const f = change.fields;
  if (change.id !== undefined) {
    const row = await trx
      .selectFrom('training_sessions')
      .select('status')
      .where('id', '=', change.id)
      .executeTakeFirst();
    if (!row) throw new ApiError('NOT_FOUND', '找不到这次培训,可能已被删除。');
    if (row.status !== 'scheduled') {
      throw new ApiError(
        'INVALID_STATE',
        row.status === 'held' ? '这次培训已举行并录入出勤,不能再修改安排。' : '这次培训已取消,不能再修改。',
      );
    }
  }
  const settings = await loadTrainingSettings(trx);
  if (!settings.categories.includes(f.category)) {
    throw new ApiError(
      'BAD_INPUT',
      `培训类别“${f.category}”不在设置的类别中(${settings.categories.join('、')}),请重新选择。`,
      { 'fields.category': '培训类别无效' },
    );
  }
  let trainerName = f.trainerName ?? '';
  if (f.trainerId !== undefined) {
    const trainer = await checkPeople(trx, [f.trainerId], 'fields.trainerId', '讲师');
    trainerName = trainerName || trainer.get(f.trainerId)!;
  }
  const hours = f.hours ?? hoursBetween(f.startTime, f.endTime);
  if (!(hours > 0 && hours <= 24)) {
    throw new ApiError('BAD_INPUT', '学时须大于0且不超过24,请填写学时。', { 'fields.hours': '学时无效' });
  }
  await checkPeople(trx, f.attendeeIds, 'fields.attendeeIds', '参训人员');
  const list = [...new Set([...f.attendeeIds, ...(await regionPeopleOn(trx, f.regionIds, f.day))])];
  if (list.length === 0) {
    throw new ApiError('BAD_INPUT', '参训名单为空:请选择参训人员,或选择在培训当天有人员的区域。', {
      'fields.attendeeIds': '请至少选择一位参训人员',
    });
  }
  const values = {
    topic: f.topic,
    category: f.category,
    trainer_id: f.trainerId ?? null,
    trainer_name: trainerName,
    day: f.day,
    start_time: f.startTime,
    end_time: f.endTime,
    place: f.place,
    hours,
    notes: f.notes,
    updated_at: change.at,
  };
  let id: number;
  if (change.id === undefined) {
    id = (
      await trx
        .insertInto('training_sessions')
        .values({ ...values, status: 'scheduled', created_by: change.actorId, created_at: change.at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  } else {
    id = change.id;
    await trx.updateTable('training_sessions').set(values).where('id', '=', id).execute();
    // A scheduled session has no marks yet: the list is simply replaced.
    await trx.deleteFrom('training_attendees').where('session_id', '=', id).execute();
  }
  await trx
    .insertInto('training_attendees')
    .values(list.map((userId) => ({ session_id: id, user_id: userId })))
    .execute();
  await writeAudit(trx, {
    actorId: change.actorId,
    action: change.id === undefined ? 'create' : 'update',
    entity: 'training_sessions',
    entityId: id,
    at: change.at,
    detail: { topic: f.topic, day: f.day, category: f.category, attendees: list.length },
  });
  return id;
}
