import { z } from 'zod';
import { id, isoDate } from './common';
import { method, onlyIn } from './define';
import { formCode, reportSummary } from './reports';

/** A board cell's state: the report's status, or what its absence means against the deadline. */
export const BOARD_STATES = [
  'notStarted',
  'draft',
  'submitted',
  'returned',
  'approved',
  'sent',
  'overdue',
] as const;
export const boardState = z.enum(BOARD_STATES);
export type BoardState = z.infer<typeof boardState>;

/** Chinese labels of board states. */
export const BOARD_STATE_LABELS: Record<BoardState, string> = {
  notStarted: '未开始',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
  sent: '已报送',
  overdue: '逾期',
};

export const boardCell = z.object({
  formCode,
  authorId: id,
  periodKey: z.string(),
  periodLabel: z.string(),
  state: boardState,
  reportId: id.nullable(),
  dueAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
});
export type BoardCell = z.infer<typeof boardCell>;

export const punctuality = z.object({
  authorId: id,
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  /** Share of due reports handed in on time, 0–1; null when nothing was due. */
  rate: z.number().nullable(),
});

export const boardMethods = onlyIn('office', {
  'board.get': method({
    input: z
      .object({
        from: isoDate,
        to: isoDate,
        formCode: formCode.optional(),
        authorId: id.optional(),
      })
      .strict()
      .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
      .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 400 * 86_400_000, {
        message: '看板一次最多显示约一年',
        path: ['to'],
      }),
    output: z.object({
      now: z.string(),
      people: z.array(z.object({ id, name: z.string(), role: z.string() })),
      cells: z.array(boardCell),
      punctuality: z.array(punctuality),
      reviewsOverdue: z.array(reportSummary),
      undecided: z.array(reportSummary),
    }),
    access: 'signedIn',
  }),
});
