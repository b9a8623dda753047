import { z } from 'zod';
import { DEVELOPMENT_STATUSES } from '../domain/training/development';
import { id, isoDate, text } from './common';
import { method, onlyIn, type MethodDef } from './define';

const status = z.enum(DEVELOPMENT_STATUSES, { error: '状态须为 待确认、进行中、已完成、已放弃 之一' });

/** One item of a rep's 个人发展计划. */
export const developmentItem = z.object({
  id,
  userId: id,
  userName: z.string(),
  skill: z.string(),
  goal: z.string(),
  action: z.string(),
  dueOn: z.string().nullable(),
  /** The training category suggested for it. */
  category: z.string().nullable(),
  status,
  /** The F02 that proposed it (null: written by the manager). */
  source: z.object({ reportId: id, periodKey: z.string() }).nullable(),
  /** The F02 score field that proposed it (e.g. scoreProduct), and its label. */
  dimension: z.string().nullable(),
  dimensionLabel: z.string().nullable(),
  /** The later F02 that closed it by itself. */
  closedReportId: id.nullable(),
  /** Who closed it; null when a later F02 did. */
  closedBy: z.object({ id, name: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DevelopmentItem = z.infer<typeof developmentItem>;

const itemFields = {
  skill: text('待提升技能', 50, 1),
  goal: text('目标', 200, 1),
  action: text('措施', 500, 1),
  dueOn: isoDate.nullable(),
  category: text('培训类别', 30).nullable(),
};

/** 个人发展计划: each rep's items, proposed from F02 协访 scores or written by the manager. */
export const developmentMethods = onlyIn('office', {
  /** Items, newest first: a rep gets only their own; a manager or clerk anyone's or everyone's. */
  'development.items': method({
    input: z.object({ userId: id.optional(), status: z.array(status).optional() }).strict(),
    output: z.array(developmentItem),
    access: ['manager', 'clerk', 'rep'],
  }),
  /** Every rep with their proposed and open items, for the manager's overview. */
  'development.overview': method({
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        userId: id,
        name: z.string(),
        proposed: z.number().int(),
        open: z.number().int(),
        /** Open items whose due date has passed. */
        overdue: z.number().int(),
        items: z.array(developmentItem),
      }),
    ),
    access: ['manager', 'clerk'],
  }),
  /** Writes a new item (open) or changes a proposed or open one; the person of an item stays. */
  'development.save': method({
    input: z.object({ id: id.optional(), userId: id, ...itemFields }).strict(),
    output: developmentItem,
    access: ['manager'],
  }),
  /** Accepts a proposal: proposed → open, optionally rewriting it. */
  'development.accept': method({
    input: z
      .object({
        id,
        goal: itemFields.goal.optional(),
        action: itemFields.action.optional(),
        dueOn: itemFields.dueOn.optional(),
      })
      .strict(),
    output: developmentItem,
    access: ['manager'],
  }),
  /** Closes a proposed or open item as done or dropped, with the manager's note. */
  'development.close': method({
    input: z
      .object({
        id,
        outcome: z.enum(['done', 'dropped'], { error: '请选择“已完成”或“已放弃”' }),
        note: text('关闭说明', 500, 1),
      })
      .strict(),
    output: developmentItem,
    access: ['manager'],
  }),
}) satisfies Record<string, MethodDef>;
