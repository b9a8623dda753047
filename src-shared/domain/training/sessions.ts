/** 出席 / 迟到 / 缺席 / 请假, as the clerk reads it from the signed sheet. */
export const ATTENDANCE = ['present', 'late', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** The Chinese names of the attendance marks as the sign-in sheet and the screens show them. */
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  present: '出席',
  late: '迟到',
  absent: '缺席',
  excused: '请假',
};

export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** The Chinese names of a session's states. */
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: '已安排',
  held: '已举行',
  cancelled: '已取消',
};

/** The regulation's training subjects, the categories an office starts with. */
export const DEFAULT_TRAINING_CATEGORIES = [
  '产品知识',
  '销售技巧',
  '行业动态',
  '制度与合规',
  '其他',
] as const;

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The hours between two HH:MM times of one day, to a tenth of an hour (09:00–11:30 → 2.5). */
export function hoursBetween(start: string, end: string): number {
  return Math.round(((minutesOf(end) - minutesOf(start)) / 60) * 10) / 10;
}
