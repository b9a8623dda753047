import type { Generated, Selectable } from 'kysely';

export type SessionStatus = 'scheduled' | 'held' | 'cancelled';
/** 出席 / 迟到 / 缺席 / 请假, as the clerk reads it from the signed sheet. */
export type Attendance = 'present' | 'late' | 'absent' | 'excused';
export type DevelopmentStatus = 'proposed' | 'open' | 'done' | 'dropped';

/** A training session: what, by whom, when and where, and for how many hours. */
export interface TrainingSessionTable {
  id: Generated<number>;
  topic: string;
  /** One of the categories in the training settings (产品知识, 销售技巧, …). */
  category: string;
  trainer_id: number | null;
  /** The trainer as printed: the person's name, or the outside trainer's. */
  trainer_name: string;
  day: string;
  /** HH:MM, office time. */
  start_time: string;
  end_time: string;
  place: string;
  hours: number;
  notes: string;
  status: SessionStatus;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingAttendeeTable {
  session_id: number;
  user_id: number;
  attendance: Attendance | null;
  /** The test score, 0–100; null when there was no test or it is not entered yet. */
  score: number | null;
  entered_by: number | null;
  entered_at: string | null;
}

export interface TrainingMaterialTable {
  session_id: number;
  attachment_id: number;
}

/** An item of a rep's 个人发展计划. */
export interface DevelopmentItemTable {
  id: Generated<number>;
  user_id: number;
  skill: string;
  goal: string;
  action: string;
  due_on: string | null;
  /** The training category suggested for it. */
  category: string | null;
  status: DevelopmentStatus;
  source_report_id: number | null;
  /** The F02 score field (e.g. scoreProduct) that proposed it. */
  dimension: string | null;
  /** The later F02 whose score of the dimension closed it. */
  closed_report_id: number | null;
  /** Who closed it; null when a later F02 closed it by itself. */
  closed_by: number | null;
  closed_at: string | null;
  close_note: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

declare module '../../db/database' {
  interface DB {
    training_sessions: TrainingSessionTable;
    training_attendees: TrainingAttendeeTable;
    training_materials: TrainingMaterialTable;
    development_items: DevelopmentItemTable;
  }
}

export type TrainingSessionRow = Selectable<TrainingSessionTable>;
export type TrainingAttendeeRow = Selectable<TrainingAttendeeTable>;
export type DevelopmentItemRow = Selectable<DevelopmentItemTable>;
