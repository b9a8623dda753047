import type { HomeItem } from '../../../../src-shared/contract';
import {
  addDays,
  isWorkingDay,
  officeDay,
  visitFormDue,
} from '../../../../src-shared/domain/deadlines/f01-deadline';
import { getForm } from '../../../../src-shared/domain/forms';
import { currentUser, type Handlers } from '../../handler-types';
import { reportQuery } from '../reports/report-repo';

/** How far back the home page looks for missing daily forms. */
export const LOOKBACK_DAYS = 14;

export const homeHandlers = {
  'home.summary': async (_input, ctx) => {
    const me = currentUser(ctx);
    const now = ctx.now();
    const today = officeDay(now);
    const items: HomeItem[] = [];
    const since = addDays(today, -LOOKBACK_DAYS);

    if (getForm('F01').authors.includes(me.role)) {
      const mine = await reportQuery(ctx.db)
        .where('form_code', '=', 'F01')
        .where('author_id', '=', me.id)
        .where('period_key', '>=', since)
        .execute();
      const byDay = new Map(mine.map((r) => [r.period_key, r]));
      for (let day = since; day <= today; day = addDays(day, 1)) {
        if (!isWorkingDay(day)) continue;
        const r = byDay.get(day);
        if (r && r.status !== 'draft' && r.status !== 'returned') continue;
        const due = visitFormDue(day)!;
        items.push({
          formCode: 'F01',
          periodKey: day,
          authorId: me.id,
          authorName: me.displayName,
          reportId: r?.id ?? null,
          status: r?.status ?? null,
          dueAt: due.toISOString(),
          state: r?.status === 'returned' ? 'returned' : due < now ? 'overdue' : 'due',
          note: r?.status === 'returned' ? `已退回:${r.review_comment ?? ''}` : r ? '草稿未提交' : '未填写',
        });
      }
    }

    if (me.role === 'manager') {
      const waiting = await reportQuery(ctx.db)
        .where('reports.status', '=', 'submitted')
        .orderBy('submitted_at')
        .limit(200)
        .execute();
      for (const r of waiting) {
        items.push({
          formCode: r.form_code as 'F01',
          periodKey: r.period_key,
          authorId: r.author_id,
          authorName: r.author_name,
          reportId: r.id,
          status: r.status,
          dueAt: r.due_at ?? r.submitted_at ?? now.toISOString(),
          state: 'toReview',
          note: r.on_time === 0 ? '待审核(逾期提交)' : '待审核',
        });
      }
    }
    return { now: now.toISOString(), items };
  },
} satisfies Pick<Handlers, 'home.summary'>;
