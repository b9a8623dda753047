import type { homeMethods } from '../../../../src-shared/contract/home';
import type { HomeItem } from '../../../../src-shared/contract';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/f01-deadline';
import { getForm } from '../../../../src-shared/domain/forms';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { buildBoard, reviewsOverdue, undecidedMatters } from '../board';
import { reportQuery } from '../reports';

/** How far back the home page looks for missing reports. */
export const LOOKBACK_DAYS = 35;
/** How far ahead it shows what falls due. */
export const LOOKAHEAD_DAYS = 7;

export const homeHandlers = {
  'home.summary': async (_input, ctx) => {
    const me = currentUser(ctx);
    const now = ctx.now();
    const today = officeDay(now);
    const items: HomeItem[] = [];

    if (me.role !== 'clerk') {
      const board = await buildBoard(ctx, me, {
        from: addDays(today, -LOOKBACK_DAYS),
        to: today,
        authorId: me.id,
      });
      const soon = now.getTime() + LOOKAHEAD_DAYS * 86_400_000;
      const returned = await reportQuery(ctx.db)
        .where('author_id', '=', me.id)
        .where('reports.status', '=', 'returned')
        .execute();
      const returnedIds = new Set(returned.map((r) => r.id));
      for (const c of board.cells) {
        // A returned report is listed once, as returned, with the manager's comment.
        if (c.reportId !== null && returnedIds.has(c.reportId)) continue;
        const due = c.dueAt ? Date.parse(c.dueAt) : Infinity;
        const open =
          c.state === 'overdue' || ((c.state === 'notStarted' || c.state === 'draft') && due <= soon);
        if (!open) continue;
        items.push({
          formCode: c.formCode,
          periodKey: c.periodKey,
          authorId: me.id,
          authorName: me.displayName,
          reportId: c.reportId,
          status: null,
          dueAt: c.dueAt ?? now.toISOString(),
          state: c.state === 'overdue' ? 'overdue' : 'due',
          note: `${c.periodLabel} ${c.reportId ? '草稿未提交' : '未填写'}`,
        });
      }
      for (const r of returned) {
        items.push({
          formCode: r.form_code as HomeItem['formCode'],
          periodKey: r.period_key,
          authorId: me.id,
          authorName: me.displayName,
          reportId: r.id,
          status: r.status,
          dueAt: r.due_at ?? r.updated_at,
          state: 'returned',
          note: `已退回:${r.review_comment ?? ''}`,
        });
      }
    }

    if (me.role === 'manager') {
      const overdueIds = new Set((await reviewsOverdue(ctx, me, now)).map((r) => r.id));
      const waiting = await reportQuery(ctx.db)
        .where('reports.status', '=', 'submitted')
        .orderBy('submitted_at')
        .limit(300)
        .execute();
      for (const r of waiting) {
        const late = overdueIds.has(r.id);
        items.push({
          formCode: r.form_code as HomeItem['formCode'],
          periodKey: r.period_key,
          authorId: r.author_id,
          authorName: r.author_name,
          reportId: r.id,
          status: r.status,
          dueAt: r.review_due_at ?? r.due_at ?? r.submitted_at ?? now.toISOString(),
          state: late ? 'reviewOverdue' : 'toReview',
          note: `${getForm(r.form_code as HomeItem['formCode']).title}${late ? ' 审核已超期' : r.on_time === 0 ? ' 待审核(逾期提交)' : ' 待审核'}`,
        });
      }
      for (const r of await undecidedMatters(ctx, me)) {
        items.push({
          formCode: r.formCode,
          periodKey: r.periodKey,
          authorId: r.author.id,
          authorName: r.author.name,
          reportId: r.id,
          status: r.status,
          dueAt: r.submittedAt ?? r.updatedAt,
          state: 'undecided',
          note: `重要事项待批复:${r.headline}`,
        });
      }
    }
    return { now: now.toISOString(), items };
  },
} satisfies Partial<ModuleHandlers<typeof homeMethods>>;
