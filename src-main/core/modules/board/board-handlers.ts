import type { boardMethods } from '../../../../src-shared/contract/board';
import type {
  BoardCell,
  BoardState,
  OutputOf,
  ParsedInputOf,
  ReportSummary,
} from '../../../../src-shared/contract';
import { isWorkingDayWith } from '../../../../src-shared/domain/deadlines/rules';
import { decisionFields, FORM_CODES, type FormCode, getForm } from '../../../../src-shared/domain/forms';
import { periodLabel, periodsBetween } from '../../../../src-shared/domain/periods';
import { currentUser, type HandlerContext, type ModuleHandlers, type SessionUser } from '../../handler-types';
import { canRead } from '../reports';
import { dueFor } from '../reports';
import { reportQuery, toSummary } from '../reports';
import { loadDeadlines } from '../settings';

/** Forms the regulation expects on a calendar; joint visits and events come when they happen. */
const CALENDAR_FORMS = FORM_CODES.filter(
  (c) => !['F02', 'F06', 'F07'].includes(c) && getForm(c).period !== 'event',
);

const DONE = new Set(['submitted', 'approved', 'sent']);

/** Submitted reports whose reviewer's comment is past due (F03: 2 working days). */
export async function reviewsOverdue(
  ctx: HandlerContext,
  me: SessionUser,
  now: Date,
): Promise<ReportSummary[]> {
  const rows = await reportQuery(ctx.db)
    .where('reports.status', '=', 'submitted')
    .where('reports.review_due_at', '<', now.toISOString())
    .execute();
  return rows.filter((r) => canRead(me, r)).map(toSummary);
}

/** 重要事项报告 handed in whose request has no 批复 yet. */
export async function undecidedMatters(ctx: HandlerContext, me: SessionUser): Promise<ReportSummary[]> {
  const keys = decisionFields(getForm('F06')).map((f) => f.key);
  const rows = await reportQuery(ctx.db)
    .where('form_code', '=', 'F06')
    .where('reports.status', 'in', ['submitted', 'approved'])
    .execute();
  return rows
    .filter((r) => {
      const data = JSON.parse(r.data) as Record<string, unknown>;
      const v = keys[0] ? data[keys[0]] : undefined;
      return typeof v !== 'string' || !v.trim();
    })
    .filter((r) => canRead(me, r))
    .map(toSummary);
}

export type BoardInput = ParsedInputOf<'board.get'>;

/** The board as `me` may see it: cells, punctuality, overdue reviews and undecided matters. */
export async function buildBoard(
  ctx: HandlerContext,
  me: SessionUser,
  input: BoardInput,
): Promise<OutputOf<'board.get'>> {
  const now = ctx.now();
  const settings = await loadDeadlines(ctx.db);
  let peopleQ = ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('active', '=', 1)
    .where('role', 'in', ['rep', 'manager'])
    .orderBy('role', 'desc')
    .orderBy('display_name');
  if (me.role === 'rep') peopleQ = peopleQ.where('id', '=', me.id);
  if (input.authorId) peopleQ = peopleQ.where('id', '=', input.authorId);
  const people = await peopleQ.execute();
  const forms = (input.formCode ? [input.formCode] : CALENDAR_FORMS) as FormCode[];

  // Only the columns a cell needs: a year of an office's reports is tens of megabytes of content.
  const rows = await ctx.db
    .selectFrom('reports')
    .select(['id', 'form_code', 'author_id', 'entered_by', 'period_key', 'status', 'due_at', 'on_time'])
    .where('period_end', '>=', input.from)
    .where('period_start', '<=', input.to)
    .where('form_code', 'in', forms)
    .where('author_id', 'in', people.length ? people.map((p) => p.id) : [0])
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.form_code}|${r.author_id}|${r.period_key}`, r]));

  const cells: BoardCell[] = [];
  const tally = new Map(people.map((p) => [p.id, { onTime: 0, late: 0, missing: 0 }]));
  for (const code of forms) {
    const form = getForm(code);
    if (form.period === 'event') continue;
    let periods = periodsBetween(form.period, input.from, input.to);
    if (form.period === 'day') periods = periods.filter((d) => isWorkingDayWith(d, settings));
    for (const p of people) {
      if (!form.authors.includes(p.role)) continue;
      for (const periodKey of periods) {
        const r = byKey.get(`${code}|${p.id}|${periodKey}`);
        const visible = r && canRead(me, r);
        const due = r?.due_at ?? dueFor(code, periodKey, p.role, {}, settings);
        const late = due !== null && Date.parse(due) < now.getTime();
        let state: BoardState = r ? (visible ? r.status : 'draft') : 'notStarted';
        if ((!r || !DONE.has(r.status)) && late) state = 'overdue';
        const t = tally.get(p.id)!;
        if (r && DONE.has(r.status)) {
          if (r.on_time === 1) t.onTime++;
          else if (r.on_time === 0) t.late++;
        } else if (late) t.missing++;
        cells.push({
          formCode: code,
          authorId: p.id,
          periodKey,
          periodLabel: periodLabel(form.period, periodKey),
          state,
          reportId: visible ? r.id : null,
          dueAt: due,
          onTime: r?.on_time == null ? null : r.on_time === 1,
        });
      }
    }
  }

  return {
    now: now.toISOString(),
    people: people.map((p) => ({ id: p.id, name: p.display_name, role: p.role })),
    cells,
    punctuality: people.map((p) => {
      const t = tally.get(p.id)!;
      const total = t.onTime + t.late + t.missing;
      return { authorId: p.id, ...t, rate: total ? t.onTime / total : null };
    }),
    reviewsOverdue: await reviewsOverdue(ctx, me, now),
    undecided: await undecidedMatters(ctx, me),
  };
}

export const boardHandlers = {
  'board.get': async (input, ctx) => buildBoard(ctx, currentUser(ctx), input),
} satisfies Partial<ModuleHandlers<typeof boardMethods>>;
