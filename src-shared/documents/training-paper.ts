import { periodLabel } from '../domain/periods';
import { channelHeader } from './channel-letterhead';
import type { Letterhead } from './doc-meta';
import type { DocCell, DocModel } from './doc-model';

/** 出席 / 迟到 / 缺席 / 请假, as the clerk reads it from the signed sheet. */
export type PaperAttendance = 'present' | 'late' | 'absent' | 'excused';

/** Attendance as printed. */
export const ATTENDANCE_LABELS: Record<PaperAttendance, string> = {
  present: '出席',
  late: '迟到',
  absent: '缺席',
  excused: '请假',
};

/** A training session as its paper prints it. */
export interface PaperSession {
  id: number;
  topic: string;
  category: string;
  trainerName: string;
  /** YYYY-MM-DD, office day. */
  day: string;
  /** HH:MM. */
  startTime: string;
  endTime: string;
  place: string;
  hours: number;
  notes: string;
  status: 'scheduled' | 'held' | 'cancelled';
}

/** One mandatory attendee with what the clerk entered from the signed sheet. */
export interface PaperAttendee {
  userId: number;
  name: string;
  /** 岗位 as printed (营销代表, 区域经理, 内勤). */
  post: string;
  /** The region the person belonged to on the session's day, or '' when none. */
  regionName: string;
  attendance: PaperAttendance | null;
  score: number | null;
  /** Who entered the attendance and score, and when (YYYY-MM-DD HH:MM), or null. */
  enteredBy: string | null;
  enteredAt: string | null;
}

/** What every training document prints: the office, the session and its attendees in sheet order. */
export interface TrainingPaper {
  letterhead: Letterhead;
  session: PaperSession;
  attendees: PaperAttendee[];
  /** When the document was made, as printed. */
  printedAt: string;
}

/** The session's date as printed: 2026年12月3日(星期四). */
export const sessionDate = (s: PaperSession) => periodLabel('day', s.day);

/** The session's time as printed: 14:00—17:00. */
export const sessionTime = (s: PaperSession) => `${s.startTime}—${s.endTime}`;

/** The session's date and time as printed: 2026年12月3日(星期四) 14:00—17:00. */
export const sessionWhen = (s: PaperSession) => `${sessionDate(s)} ${sessionTime(s)}`;

/** Hours without a trailing .0: 3 学时, 1.5 学时. */
export const hoursText = (hours: number) => `${Number(hours.toFixed(1))} 学时`;

/** The field cells that name a session, shared by the sheets so their headers agree. */
export function sessionCells(s: PaperSession): DocCell[] {
  return [
    { label: '培训主题', value: s.topic, span: 2 },
    { label: '培训类别', value: s.category },
    { label: '培训讲师', value: s.trainerName },
    { label: '培训时间', value: sessionWhen(s), span: 2 },
    { label: '培训地点', value: s.place },
    { label: '学时', value: hoursText(s.hours) },
  ];
}

/** The running header and footer note of a training document. */
export function trainingFrame(paper: TrainingPaper, title: string): Pick<DocModel, 'header' | 'footerNote'> {
  return {
    header: channelHeader(paper.letterhead, title),
    footerNote: [
      `${paper.letterhead.officeName} 培训第 ${paper.session.id} 号`,
      `打印 ${paper.printedAt}`,
    ].join(' · '),
  };
}

/**
 * The attendees grouped by region as the notice names them, in sheet order: 华东三区(3人):王芳、李军、
 * 陈静; people of no region last, under 其他人员.
 */
export function attendeesByRegion(attendees: PaperAttendee[]): string[] {
  const groups = new Map<string, string[]>();
  for (const a of attendees) {
    const key = a.regionName;
    groups.set(key, [...(groups.get(key) ?? []), a.name]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
  return keys.map((key) => {
    const names = groups.get(key)!;
    return `${key || '其他人员'}(${names.length}人):${names.join('、')}`;
  });
}
