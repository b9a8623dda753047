import type { Letterhead } from '../../../../src-shared/documents/doc-meta';
import type { PaperAttendee, TrainingPaper } from '../../../../src-shared/documents/training-paper';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { ROLE_LABELS, type Role } from '../../../../src-shared/domain/roles';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { requireOffice } from '../office';

/** The order of posts on a sheet: the manager first, then reps, then the clerks. */
const POST_ORDER: Record<Role, number> = { manager: 0, rep: 1, clerk: 2 };

const collator = new Intl.Collator('zh-CN');

/** The office a training document is printed under, as every document of the office prints it. */
export async function trainingLetterhead(db: Db): Promise<Letterhead> {
  const office = await requireOffice(db);
  return {
    company: office.company,
    officeName: office.office_name,
    regionCode: office.region_code,
    regionName: office.region_name,
    fax: office.fax,
    phone: office.phone,
    address: office.address,
  };
}

/** The region each person belonged to on `day` (the latest assignment that covers it). */
async function regionsOn(
  db: Db,
  userIds: number[],
  day: string,
): Promise<Map<number, { code: string; name: string }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('region_assignments as ra')
    .innerJoin('regions as r', 'r.id', 'ra.region_id')
    .select(['ra.user_id', 'ra.from_day', 'r.code', 'r.name'])
    .where('ra.user_id', 'in', userIds)
    .where('ra.from_day', '<=', day)
    .where((eb) => eb.or([eb('ra.to_day', 'is', null), eb('ra.to_day', '>=', day)]))
    .orderBy('ra.from_day', 'asc')
    .execute();
  // Later assignments overwrite earlier ones: the one that started last is the one of the day.
  return new Map(rows.map((r) => [r.user_id, { code: r.code, name: r.name }]));
}

/**
 * A session and its mandatory attendees as the training paper prints them, or NOT_FOUND. Attendees
 * come in sheet order: by region, the manager before reps and clerks, then by name.
 */
export async function loadTrainingPaper(db: Db, sessionId: number, now: Date): Promise<TrainingPaper> {
  const s = await db
    .selectFrom('training_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .executeTakeFirst();
  if (!s) throw new ApiError('NOT_FOUND', `找不到第 ${sessionId} 号培训,无法打印。`);
  const rows = await db
    .selectFrom('training_attendees as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('users as e', 'e.id', 'a.entered_by')
    .select([
      'a.user_id',
      'a.attendance',
      'a.score',
      'a.entered_at',
      'u.display_name',
      'u.role',
      'e.display_name as entered_by_name',
    ])
    .where('a.session_id', '=', sessionId)
    .execute();
  const regions = await regionsOn(
    db,
    rows.map((r) => r.user_id),
    s.day,
  );
  const sorted = rows
    .map((r) => ({ row: r, region: regions.get(r.user_id) ?? null }))
    .sort(
      (x, y) =>
        (x.region === null ? 1 : 0) - (y.region === null ? 1 : 0) ||
        collator.compare(x.region?.code ?? '', y.region?.code ?? '') ||
        POST_ORDER[x.row.role] - POST_ORDER[y.row.role] ||
        collator.compare(x.row.display_name, y.row.display_name) ||
        x.row.user_id - y.row.user_id,
    );
  const attendees: PaperAttendee[] = sorted.map(({ row, region }) => ({
    userId: row.user_id,
    name: row.display_name,
    post: ROLE_LABELS[row.role],
    regionName: region?.name ?? '',
    attendance: row.attendance,
    score: row.score,
    enteredBy: row.entered_by_name,
    enteredAt: row.entered_at ? formatDateTime(row.entered_at) : null,
  }));
  return {
    letterhead: await trainingLetterhead(db),
    session: {
      id: s.id,
      topic: s.topic,
      category: s.category,
      trainerName: s.trainer_name,
      day: s.day,
      startTime: s.start_time,
      endTime: s.end_time,
      place: s.place,
      hours: s.hours,
      notes: s.notes,
      status: s.status,
    },
    attendees,
    printedAt: formatDateTime(now.toISOString()),
  };
}
