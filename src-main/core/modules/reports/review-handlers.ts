import type { reportMethods } from '../../../../src-shared/contract/reports';
import type { Transaction } from 'kysely';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import { currentUser, type ModuleHandlers, type HandlerContext, nowIso } from '../../handler-types';
import { applyJointVisit } from '../training';
import { assertReadable } from './report-access';
import { loadReport, recordVersion, toDetail } from './report-repo';

/** Returns or approves one submitted report; shared by single and batch review. */
export async function review(
  ctx: HandlerContext,
  id: number,
  decision: 'return' | 'approve',
  comment: string,
): Promise<void> {
  const me = currentUser(ctx);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx: Transaction<DB>) => {
    const r = await trx.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
    assertReadable(me, r);
    if (r.status !== 'submitted') {
      throw new ApiError('INVALID_STATE', '只有“已提交”的报表可以审核或退回;此报表可能已被处理,请刷新。');
    }
    const status = decision === 'return' ? 'returned' : 'approved';
    const version = r.version + 1;
    await trx
      .updateTable('reports')
      .set({
        status,
        version,
        reviewer_id: me.id,
        reviewed_at: at,
        review_comment: comment || null,
        updated_at: at,
        updated_by: me.id,
      })
      .where('id', '=', r.id)
      .execute();
    await recordVersion(trx, {
      reportId: r.id,
      action: decision,
      status,
      data: r.data,
      comment: comment || null,
      actorId: me.id,
      at,
      auditDetail: { comment },
    });
    // An approved 协访表's scores propose or close items of the coached rep's 个人发展计划.
    if (status === 'approved' && r.form_code === 'F02') {
      await applyJointVisit(trx, {
        reportId: r.id,
        periodKey: r.period_key,
        data: JSON.parse(r.data) as Record<string, unknown>,
        at,
      });
    }
  });
  if (decision === 'approve') ctx.paperChanged();
}

export const reviewHandlers = {
  'reports.return': async (input, ctx) => {
    await review(ctx, input.id, 'return', input.comment);
    return toDetail((await loadReport(ctx.db, input.id))!);
  },

  'reports.approve': async (input, ctx) => {
    await review(ctx, input.id, 'approve', input.comment);
    return toDetail((await loadReport(ctx.db, input.id))!);
  },

  'reports.versions': async (input, ctx) => {
    const me = currentUser(ctx);
    assertReadable(me, await loadReport(ctx.db, input.id));
    const rows = await ctx.db
      .selectFrom('report_versions')
      .innerJoin('users', 'users.id', 'report_versions.actor_id')
      .selectAll('report_versions')
      .select('users.display_name as actor_name')
      .where('report_id', '=', input.id)
      .orderBy('version')
      .execute();
    return rows.map((v) => ({
      version: v.version,
      action: v.action,
      status: v.status as 'submitted' | 'returned' | 'approved',
      data: JSON.parse(v.data) as Record<string, unknown>,
      comment: v.comment,
      actor: { id: v.actor_id, name: v.actor_name },
      at: v.at,
    }));
  },
} satisfies Partial<ModuleHandlers<typeof reportMethods>>;
