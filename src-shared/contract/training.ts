import { z } from 'zod';
import { ATTENDANCE, SESSION_STATUSES } from '../domain/training/sessions';
import { id, isoDate, text, uploadId } from './common';
import { method, onlyIn } from './define';
import { generatedFile } from './documents';
import { attachment } from './pipeline';

const category = text('培训类别', 20, 1);

export const trainingSettings = z
  .object({
    /** 培训类别 the manager offers when scheduling (产品知识, 销售技巧, …). */
    categories: z
      .array(category)
      .min(1, '至少保留一个培训类别')
      .max(20, '培训类别最多20个')
      .refine((c) => new Set(c).size === c.length, '培训类别不能重复'),
    /** Whether 请假 counts as 缺席 in the attendance rate; by default it is left out of it. */
    excusedCountsAsAbsent: z.boolean({ error: '请选择请假是否计为缺席' }),
  })
  .strict();
export type TrainingSettings = z.infer<typeof trainingSettings>;

const time = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式应为 时:分,如 09:30`);

/** What the manager fills in to schedule (or change) a session. */
export const sessionFields = z
  .object({
    topic: text('培训主题', 100, 1),
    category,
    /** An internal trainer: one of the office's people. */
    trainerId: id.optional(),
    /** An outside trainer's name (or how the internal one is printed). */
    trainerName: text('讲师姓名', 50).optional(),
    day: isoDate,
    startTime: time('开始时间'),
    endTime: time('结束时间'),
    place: text('培训地点', 100, 1),
    /** 学时; the length of the session when left out. */
    hours: z.number({ error: '学时须为数字' }).gt(0, '学时须大于0').max(24, '学时不能超过24').optional(),
    notes: text('备注', 500).default(''),
    /** Mandatory attendees by person. */
    attendeeIds: z.array(id).max(500, '参训人员最多500人').default([]),
    /** Mandatory attendees by region: its people on the session's day. */
    regionIds: z.array(id).max(50, '区域最多50个').default([]),
  })
  .strict()
  .refine((s) => s.endTime > s.startTime, { error: '结束时间须晚于开始时间', path: ['endTime'] })
  .refine((s) => s.trainerId !== undefined || (s.trainerName ?? '') !== '', {
    error: '请选择内部讲师或填写外部讲师姓名',
    path: ['trainerName'],
  });

export const sessionSummary = z.object({
  id,
  topic: z.string(),
  category: z.string(),
  trainerId: id.nullable(),
  trainerName: z.string(),
  day: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  hours: z.number(),
  notes: z.string(),
  status: z.enum(SESSION_STATUSES),
  attendeeCount: z.number().int(),
  /** Attendees whose mark the clerk has entered. */
  enteredCount: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const attendeeRow = z.object({
  userId: id,
  name: z.string(),
  attendance: z.enum(ATTENDANCE).nullable(),
  score: z.number().nullable(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string().nullable(),
});
export type AttendeeRow = z.infer<typeof attendeeRow>;

export const sessionDetail = z.object({
  session: sessionSummary,
  /** Everyone on the list; a rep sees their own row only. */
  attendees: z.array(attendeeRow),
  materials: z.array(attachment),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

const score = z
  .number({ error: '成绩须为数字' })
  .min(0, '成绩须在0到100分之间')
  .max(100, '成绩须在0到100分之间');

export const attendanceEntry = z
  .object({
    userId: id,
    attendance: z.enum(ATTENDANCE, { error: '出勤须为 出席、迟到、缺席 或 请假' }),
    /** The test score, 0–100; left out or null when there was no test. */
    score: score.nullable().default(null),
  })
  .strict();

export const personFigures = z.object({
  userId: id,
  name: z.string(),
  invited: z.number().int(),
  present: z.number().int(),
  late: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  notEntered: z.number().int(),
  attended: z.number().int(),
  hours: z.number(),
  /** 0–1; null when there was nothing to count. */
  rate: z.number().nullable(),
  averageScore: z.number().nullable(),
  scored: z.number().int(),
});
export type PersonFigures = z.infer<typeof personFigures>;

export const trainingFiguresOutput = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  excusedCountsAsAbsent: z.boolean(),
  people: z.array(personFigures),
});
export type TrainingFiguresOutput = z.infer<typeof trainingFiguresOutput>;

/** 培训: sessions, their attendees, attendance and scores, materials, settings and figures. */
export const trainingMethods = onlyIn('office', {
  'training.settings': method({ input: z.object({}).strict(), output: trainingSettings, access: 'signedIn' }),
  'training.updateSettings': method({
    input: trainingSettings,
    output: trainingSettings,
    access: ['manager'],
  }),
  /** Sessions by day (newest first); a rep sees the sessions they are on the list of. */
  'training.sessions': method({
    input: z
      .object({
        from: isoDate.optional(),
        to: isoDate.optional(),
        category: category.optional(),
        status: z.enum(SESSION_STATUSES, { error: '状态无效' }).optional(),
      })
      .strict(),
    output: z.array(sessionSummary),
    access: 'signedIn',
  }),
  'training.session': method({ input: z.object({ id }).strict(), output: sessionDetail, access: 'signedIn' }),
  /** Schedules a session (no id) or changes a scheduled one; regions are resolved to their people on the day. */
  'training.save': method({
    input: z.object({ id: id.optional(), fields: sessionFields }).strict(),
    output: sessionDetail,
    access: ['manager'],
  }),
  'training.cancel': method({
    input: z.object({ id, reason: text('取消原因', 200, 2) }).strict(),
    output: sessionDetail,
    access: ['manager'],
  }),
  'training.attach': method({
    input: z.object({ id, uploadId }).strict(),
    output: attachment,
    access: ['manager', 'clerk'],
  }),
  'training.material': method({
    input: z.object({ attachmentId: id }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
  /** Attendance and scores from the signed sheet; the session is then 已举行. */
  'training.attendance': method({
    input: z
      .object({ id, entries: z.array(attendanceEntry).min(1, '请至少填写一人的出勤').max(500) })
      .strict(),
    output: sessionDetail,
    access: ['manager', 'clerk'],
  }),
  /** Hours and attendance per person for a quarter (YYYY-Qn); a rep gets their own only. */
  'training.figures': method({
    input: z
      .object({
        quarter: z.string({ error: '请填写季度' }).regex(/^[1-9]\d{3}-Q[1-4]$/, '季度格式应为 2026-Q4'),
        userId: id.optional(),
      })
      .strict(),
    output: trainingFiguresOutput,
    access: 'signedIn',
  }),
});
