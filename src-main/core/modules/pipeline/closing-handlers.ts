import type { pipelineMethods } from '../../../../src-shared/contract/pipeline';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { detailOf, requireOpen } from './opportunity-handlers';
import { addEvent, requireOpportunity } from './opportunity-repo';
import { loadPipelineSettings } from './pipeline-settings';

/** 赢单/丢单 with the reason, and the manager's reopening of a closed opportunity. */
export const closingHandlers = {
  'pipeline.close': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    requireOpen(row);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('opportunities')
        .set({
          status: input.outcome,
          closed_reason: input.reason,
          closed_at: at,
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', row.id)
        .execute();
      await addEvent(trx, {
        opportunityId: row.id,
        kind: input.outcome,
        reason: input.reason,
        by: me.id,
        at,
      });
      await writeAudit(trx, {
        actorId: me.id,
        action: input.outcome,
        entity: 'opportunities',
        entityId: row.id,
        at,
        detail: { stage: row.stage, reason: input.reason },
      });
    });
    return detailOf(ctx, me, row.id);
  },

  'pipeline.reopen': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    if (row.status === 'open')
      throw new ApiError('INVALID_STATE', `商机“${row.title}”仍在进行中,无需重新打开。`);
    const settings = await loadPipelineSettings(ctx.db);
    // It may have ended in a stage the office has since removed: it comes back at the first.
    const stage = settings.stages.some((s) => s.key === row.stage) ? row.stage : settings.stages[0]!.key;
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('opportunities')
        .set({
          status: 'open',
          closed_reason: null,
          closed_at: null,
          stage,
          stage_since: officeDay(ctx.now()),
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', row.id)
        .execute();
      await addEvent(trx, {
        opportunityId: row.id,
        kind: 'reopened',
        toStage: stage,
        reason: input.reason,
        by: me.id,
        at,
      });
      await writeAudit(trx, {
        actorId: me.id,
        action: 'reopen',
        entity: 'opportunities',
        entityId: row.id,
        at,
        detail: { was: row.status, reason: input.reason },
      });
    });
    return detailOf(ctx, me, row.id);
  },
} satisfies Partial<ModuleHandlers<typeof pipelineMethods>>;
