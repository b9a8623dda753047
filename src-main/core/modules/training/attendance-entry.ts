import type { z } from 'zod';
import type { attendanceEntry } from '../../../../src-shared/contract/training';
import { ATTENDANCE_LABELS } from '../../../../src-shared/domain/training/sessions';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { requireSession } from './session-repo';

type Entry = z.output<typeof attendanceEntry>;

/**
 * Stores the marks and scores read from a signed sheet, with who entered them and when, and marks
 * the session held; in the caller's transaction. Everything is checked before anything is written.
 */
export async function enterAttendance(
  trx: Db,
  entry: { sessionId: number; entries: readonly Entry[]; today: string; actorId: number; at: string },
): Promise<void> {
  const session = await requireSession(trx, entry.sessionId);
  if (session.status === 'cancelled') throw new ApiError('INVALID_STATE', '这次培训已取消,不能录入出勤。');
  if (session.day > entry.today) {
    throw new ApiError('INVALID_STATE', `这次培训安排在 ${session.day},尚未举行,不能录入出勤。`);
  }
  const listed = await trx
    .selectFrom('training_attendees')
    .select('user_id')
    .where('session_id', '=', session.id)
    .execute();
  const onList = new Set(listed.map((r) => r.user_id));
  const seen = new Set<number>();
  const strangers: number[] = [];
  for (const [i, e] of entry.entries.entries()) {
    if (seen.has(e.userId)) {
      throw new ApiError('BAD_INPUT', '同一人的出勤填写了两次,请检查后重新提交。', {
        [`entries.${i}.userId`]: '重复',
      });
    }
    seen.add(e.userId);
    if (!onList.has(e.userId)) strangers.push(e.userId);
    if (e.score !== null && (e.attendance === 'absent' || e.attendance === 'excused')) {
      throw new ApiError(
        'BAD_INPUT',
        `${ATTENDANCE_LABELS[e.attendance]}的人员不能有测试成绩,请核对签到表。`,
        { [`entries.${i}.score`]: '未参加培训,不能有成绩' },
      );
    }
  }
  if (strangers.length > 0) {
    const names = await trx.selectFrom('users').select('display_name').where('id', 'in', strangers).execute();
    const who =
      names.length > 0 ? names.map((n) => n.display_name).join('、') : `编号 ${strangers.join('、')}`;
    throw new ApiError('BAD_INPUT', `${who} 不在本次培训的参训名单中,不能录入出勤。`, {
      entries: '有人员不在参训名单中',
    });
  }
  for (const e of entry.entries) {
    await trx
      .updateTable('training_attendees')
      .set({ attendance: e.attendance, score: e.score, entered_by: entry.actorId, entered_at: entry.at })
      .where('session_id', '=', session.id)
      .where('user_id', '=', e.userId)
      .execute();
  }
  await trx
    .updateTable('training_sessions')
    .set({ status: 'held', updated_at: entry.at })
    .where('id', '=', session.id)
    .execute();
  await writeAudit(trx, {
    actorId: entry.actorId,
    action: 'attendance',
    entity: 'training_sessions',
    entityId: session.id,
    at: entry.at,
    detail: {
      entries: entry.entries.map((e) => ({ userId: e.userId, attendance: e.attendance, score: e.score })),
    },
  });
}
