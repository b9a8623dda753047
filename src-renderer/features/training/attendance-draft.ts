import type { AttendeeRow } from '../../../src-shared/contract/training';
import type { Attendance } from '../../../src-shared/domain/training/sessions';

/** One row of the entry grid as typed: the mark and the score as text. */
export interface DraftRow {
  userId: number;
  name: string;
  attendance: Attendance | null;
  score: string;
}

/** The single keys of the marks, in the order of the sign-in sheet's columns. */
export const MARK_KEYS: Record<string, Attendance> = {
  '1': 'present',
  '2': 'late',
  '3': 'absent',
  '4': 'excused',
};

/** Whether a mark means the person was not there, so no score can be given. */
export const missed = (a: Attendance | null) => a === 'absent' || a === 'excused';

export const draftOf = (rows: AttendeeRow[]): DraftRow[] =>
  rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    attendance: r.attendance,
    score: r.score === null ? '' : String(r.score),
  }));

/** The score field's own check, the contract's messages. */
export function scoreProblem(row: DraftRow): string | null {
  const s = row.score.trim();
  if (!s) return null;
  if (missed(row.attendance)) return '未参加培训,不能有成绩';
  const n = Number(s);
  if (!Number.isFinite(n)) return '成绩须为数字';
  return n < 0 || n > 100 ? '成绩须在0到100分之间' : null;
}

/** Messages by `${userId}.attendance` / `${userId}.score` for every row that cannot be saved. */
export function draftProblems(rows: DraftRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const r of rows) {
    if (!r.attendance) errors[`${r.userId}.attendance`] = '请选择出勤';
    const p = scoreProblem(r);
    if (p) errors[`${r.userId}.score`] = p;
  }
  return errors;
}

export const entriesOf = (rows: DraftRow[]) =>
  rows.map((r) => ({
    userId: r.userId,
    attendance: r.attendance!,
    score: r.score.trim() === '' || missed(r.attendance) ? null : Number(r.score),
  }));

/** The API's `entries.3.score` as the grid's `${userId}.score`; anything else stays as it is. */
export function rowPathOf(apiPath: string, rows: DraftRow[]): string {
  const m = /^entries\.(\d+)\.(\w+)$/.exec(apiPath);
  const row = m ? rows[Number(m[1])] : undefined;
  if (!m || !row) return apiPath;
  return `${row.userId}.${m[2] === 'userId' ? 'attendance' : m[2]}`;
}
