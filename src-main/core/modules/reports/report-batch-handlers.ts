import type { reportMethods } from '../../../../src-shared/contract/reports';
import { decisionFields, formDecisionSchema, getForm } from '../../../../src-shared/domain/forms';
import { parsePeriod } from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { issuesToFields } from '../../../../src-shared/contract/issues';
import { assertReadable, canRead } from './report-access';
import { headline, loadReport, recordVersion, reportQuery, toDetail, toSummary } from './report-repo';
import { resolveAuthor, submitInTransaction } from './report-write-handlers';
import { review } from './review-handlers';

export const reportBatchHandlers = {
  'reports.newEventKey': async (input, ctx) => {
    const me = currentUser(ctx);
    if (getForm(input.formCode).period !== 'event') {
      throw new ApiError('BAD_INPUT', '只有事项类报表(如重要事项报告)需要新建编号。');
    }
    const author = await resolveAuthor(ctx, me, input.formCode, input.authorId);
    const rows = await ctx.db
      .selectFrom('reports')
      .select('period_key')
      .where('form_code', '=', input.formCode)
      .where('author_id', '=', author.id)
      .where('period_start', '=', input.day)
      .execute();
    const used = rows.map((r) => Number(r.period_key.split('.')[1] ?? 0));
    const next = Math.max(0, ...used) + 1;
    if (next > 999) throw new ApiError('INVALID_STATE', '同一天的事项报告已达上限(999件)。');
    return { periodKey: `${input.day}.${next}` };
  },

  'reports.submitWeek': async (input, ctx) => {
    const me = currentUser(ctx);
    const form = getForm(input.formCode);
    if (!form.weeklyHandIn) {
      throw new ApiError('BAD_INPUT', `${form.title}不按周提交。`, { formCode: '该表单不按周提交' });
    }
    const author = await resolveAuthor(ctx, me, input.formCode, input.authorId);
    const week = parsePeriod('week', input.week);
    if (!week) throw new ApiError('BAD_INPUT', '周次无效,请重新选择。', { week: '周次无效' });
    const rows = (
      await ctx.db
        .selectFrom('reports')
        .select(['id', 'period_key', 'author_id', 'entered_by', 'status'])
        .where('form_code', '=', input.formCode)
        .where('author_id', '=', author.id)
        .where('period_start', '>=', week.first)
        .where('period_start', '<=', week.last)
        .where('status', 'in', ['draft', 'returned'])
        .orderBy('period_key')
        .execute()
    ).filter((r) => canRead(me, r)); // a clerk hands in only what the clerk may see
    if (rows.length === 0) {
      throw new ApiError('INVALID_STATE', `本周没有待提交的${form.title}(草稿或已退回的)。`);
    }
    const submitted: number[] = [];
    const failed: { periodKey: string; message: string }[] = [];
    // One transaction per day: a day with a missing field must not hold back the complete ones.
    for (const row of rows) {
      try {
        await ctx.db.transaction().execute((trx) => submitInTransaction(trx, ctx, me, row.id, null));
        submitted.push(row.id);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        failed.push({ periodKey: row.period_key, message: err.message });
      }
    }
    const done = submitted.length
      ? await reportQuery(ctx.db).where('reports.id', 'in', submitted).orderBy('period_key').execute()
      : [];
    return { submitted: done.map(toSummary), failed };
  },

  'reports.approveMany': async (input, ctx) => {
    const approved: number[] = [];
    const skipped: { id: number; message: string }[] = [];
    for (const id of [...new Set(input.ids)]) {
      try {
        await review(ctx, id, 'approve', input.comment);
        approved.push(id);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        skipped.push({ id, message: err.message });
      }
    }
    return { approved, skipped };
  },

  'reports.decide': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('reports').selectAll().where('id', '=', input.id).executeTakeFirst();
      assertReadable(me, r);
      const form = getForm(r.form_code);
      if (decisionFields(form).length === 0) throw new ApiError('INVALID_STATE', `${form.title}不需要批复。`);
      if (r.status === 'draft' || r.status === 'returned') {
        throw new ApiError('INVALID_STATE', '报告提交后才能批复。');
      }
      const parsed = formDecisionSchema(form).safeParse(input.values);
      if (!parsed.success) {
        const fields = issuesToFields(parsed.error.issues);
        throw new ApiError('BAD_INPUT', `批复内容有误:${Object.values(fields)[0] ?? ''}`, fields);
      }
      const data = { ...(JSON.parse(r.data) as Record<string, unknown>), ...parsed.data };
      const version = r.version + 1;
      const json = JSON.stringify(data);
      await trx
        .updateTable('reports')
        .set({
          data: json,
          headline: headline(r.form_code, data),
          version,
          decided_at: at,
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', r.id)
        .execute();
      await recordVersion(trx, {
        reportId: r.id,
        action: 'decide',
        status: r.status,
        data: json,
        comment: null,
        actorId: me.id,
        at,
        auditDetail: input.values,
      });
    });
    const row = await loadReport(ctx.db, input.id);
    if (!row || !canRead(me, row)) throw new ApiError('NOT_FOUND', '找不到此报表。');
    return toDetail(row);
  },
} satisfies Partial<ModuleHandlers<typeof reportMethods>>;
