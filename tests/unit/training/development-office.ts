import { expect } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import { call, expectOk } from '../../helpers/core-harness';
import { f02Sample } from '../../fixtures/forms/f02-sample';
import { file, type Office } from '../reports/office';

/** A 协访表 of the manager with a rep, its scores changed as given and the 总分 added up again. */
export function jointVisit(rep: { id: number; name: string }, scores: Record<string, number> = {}) {
  const data = { ...f02Sample(rep), ...scores };
  const keys = Object.keys(data).filter((k) => k.startsWith('score'));
  return { ...data, totalScore: keys.reduce((n, k) => n + (data[k] as number), 0) };
}

/** Files the manager's 协访表 of a day with 王芳, scored as given, and approves it. */
export async function approvedVisit(o: Office, day: string, scores: Record<string, number>) {
  const r = await file(o, o.manager, 'F02', day, jointVisit({ id: o.wangId, name: '王芳' }, scores));
  expect(expectOk(await call(o.core, o.manager, 'reports.approve', { id: r.id, comment: '' })).status).toBe(
    'approved',
  );
  return r;
}

/** A held training session and the marks the clerk entered from its signed sheet. */
export interface HeldSession {
  day: string;
  hours: number;
  status?: 'held' | 'cancelled' | 'scheduled';
  marks: { userId: number; attendance: 'present' | 'late' | 'absent' | 'excused' | null }[];
}

/** Writes sessions and their attendance straight into the office's database, as entered from paper. */
export function holdSessions(o: Office, sessions: readonly HeldSession[]): void {
  const sqlite = openConnection(o.dbFile).sqlite;
  const at = '2026-11-20T02:00:00.000Z';
  const session = sqlite.prepare(
    `insert into training_sessions (topic, category, trainer_id, trainer_name, day, start_time, end_time,
       place, hours, notes, status, created_by, created_at, updated_at)
     values ('新品K7卖点', '产品知识', null, '外请讲师', ?, '09:00', '12:00', '办事处会议室', ?, '', ?, ?, ?, ?)`,
  );
  const attendee = sqlite.prepare(
    `insert into training_attendees (session_id, user_id, attendance, score, entered_by, entered_at)
     values (?, ?, ?, null, ?, ?)`,
  );
  for (const s of sessions) {
    const id = session.run(s.day, s.hours, s.status ?? 'held', o.managerId, at, at).lastInsertRowid;
    for (const m of s.marks)
      attendee.run(id, m.userId, m.attendance, m.attendance ? o.clerkId : null, m.attendance ? at : null);
  }
  sqlite.close();
}
