import type { pipelineMethods } from '../../../../src-shared/contract/pipeline';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { evidenceName, missingForMove } from '../../../../src-shared/domain/pipeline';
import { toFen } from '../../../../src-shared/domain/performance';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import {
  currentUser,
  type HandlerContext,
  type ModuleHandlers,
  nowIso,
  type SessionUser,
} from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { addEvent, loadDetail, type OpportunityWithNames, requireOpportunity } from './opportunity-repo';
import { loadPipelineSettings } from './pipeline-settings';

type Methods = typeof pipelineMethods;

/** The opportunity as it now stands, for the handler's answer. */
export async function detailOf(ctx: HandlerContext, user: SessionUser, id: number) {
  const row = await requireOpportunity(ctx.db, user, id);
  return loadDetail(ctx.db, row, await loadPipelineSettings(ctx.db), ctx.now());
}

export function requireOpen(row: OpportunityWithNames): void {
  if (row.status !== 'open') {
    throw new ApiError(
      'INVALID_STATE',
      `商机“${row.title}”已${row.status === 'won' ? '赢单' : '丢单'}结束,不能再修改;如需继续跟进,请区域经理重新打开。`,
    );
  }
}

/**
 * Who owns a new or edited opportunity. A rep owns only their own; the manager and clerk may give
 * it to anyone selling (a rep or the manager), by default to whoever owns the customer.
 */
async function ownerFor(db: Db, user: SessionUser, asked: number | undefined, fallback: number | null) {
  if (user.role === 'rep') {
    if (asked !== undefined && asked !== user.id)
      throw new ApiError('FORBIDDEN', '营销代表只能登记自己负责的商机。', { ownerId: '请选择您自己' });
    return user.id;
  }
  const id = asked ?? fallback ?? user.id;
  const person = await db
    .selectFrom('users')
    .select(['role', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!person || person.active !== 1 || person.role === 'clerk')
    throw new ApiError('BAD_INPUT', '负责人须为在职的营销代表或区域经理。', { ownerId: '请选择负责人' });
  return id;
}

export const opportunityHandlers = {
  'pipeline.create': async (input, ctx) => {
    const me = currentUser(ctx);
    const customer = await ctx.db
      .selectFrom('customers')
      .select(['id', 'name', 'owner_id', 'merged_into'])
      .where('id', '=', input.customerId)
      .executeTakeFirst();
    // A merged customer lives on in the one it was merged into; its opportunities belong there.
    if (!customer || customer.merged_into !== null)
      throw new ApiError(
        'BAD_INPUT',
        customer
          ? `客户“${customer.name}”已合并到其他客户,请选择合并后的客户。`
          : '找不到这个客户,请从客户档案中选择。',
        { customerId: '请选择客户' },
      );
    const ownerId = await ownerFor(ctx.db, me, input.ownerId, customer.owner_id);
    const settings = await loadPipelineSettings(ctx.db);
    const at = nowIso(ctx);
    const first = settings.stages[0]!;
    const id = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('opportunities')
        .values({
          customer_id: customer.id,
          title: input.title,
          product_line: input.productLine,
          amount: toFen(input.amount),
          expected_close: input.expectedClose,
          owner_id: ownerId,
          stage: first.key,
          stage_since: officeDay(ctx.now()),
          status: 'open',
          closed_reason: null,
          closed_at: null,
          created_at: at,
          created_by: me.id,
          updated_at: at,
          updated_by: me.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await addEvent(trx, { opportunityId: row.id, kind: 'created', toStage: first.key, by: me.id, at });
      await writeAudit(trx, {
        actorId: me.id,
        action: 'create',
        entity: 'opportunities',
        entityId: row.id,
        at,
        detail: { customerId: customer.id, title: input.title, amount: input.amount, ownerId },
      });
      return row.id;
    });
    return detailOf(ctx, me, id);
  },

  'pipeline.update': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    requireOpen(row);
    const ownerId =
      input.ownerId === undefined || input.ownerId === row.owner_id
        ? row.owner_id
        : await ownerFor(ctx.db, me, input.ownerId, null);
    const at = nowIso(ctx);
    const next = {
      title: input.title,
      product_line: input.productLine,
      amount: toFen(input.amount),
      expected_close: input.expectedClose,
      owner_id: ownerId,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]);
    if (changed.length > 0) {
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('opportunities')
          .set({ ...next, updated_at: at, updated_by: me.id })
          .where('id', '=', row.id)
          .execute();
        await addEvent(trx, { opportunityId: row.id, kind: 'edited', by: me.id, at });
        await writeAudit(trx, {
          actorId: me.id,
          action: 'update',
          entity: 'opportunities',
          entityId: row.id,
          at,
          detail: Object.fromEntries(changed.map((k) => [k, { from: row[k], to: next[k] }])),
        });
      });
    }
    return detailOf(ctx, me, row.id);
  },

  'pipeline.check': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    requireOpen(row);
    const settings = await loadPipelineSettings(ctx.db);
    const stage = settings.stages.find((s) => s.key === input.stage);
    const item = stage?.checklist.find((i) => i.key === input.item);
    if (!stage || !item) throw new ApiError('BAD_INPUT', '销售流程中没有这个检查项,请刷新页面后重试。');
    const number = input.evidenceNumber?.trim() || null;
    const attachmentId = input.attachmentId ?? null;
    if (input.done && item.evidence === 'number' && !number)
      throw new ApiError('BAD_INPUT', `请填写${evidenceName(item)}后再勾选“${item.label}”。`, {
        evidenceNumber: `请填写${evidenceName(item)}`,
      });
    if (input.done && item.evidence === 'file' && attachmentId === null)
      throw new ApiError('BAD_INPUT', `请先上传${evidenceName(item)}再勾选“${item.label}”。`, {
        attachmentId: `请上传${evidenceName(item)}`,
      });
    if (attachmentId !== null) {
      const linked = await ctx.db
        .selectFrom('opportunity_attachments')
        .select('attachment_id')
        .where('opportunity_id', '=', row.id)
        .where('attachment_id', '=', attachmentId)
        .executeTakeFirst();
      if (!linked)
        throw new ApiError('BAD_INPUT', '这个附件不是为本商机上传的,请在本商机中重新上传。', {
          attachmentId: '请重新上传',
        });
    }
    const at = nowIso(ctx);
    // Only the evidence the item asks for is kept, so an unticked item carries no stale proof.
    const values = {
      done: input.done ? (1 as const) : (0 as const),
      evidence_number: input.done && item.evidence === 'number' ? number : null,
      attachment_id: input.done && item.evidence === 'file' ? attachmentId : null,
      done_at: input.done ? at : null,
      done_by: input.done ? me.id : null,
    };
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('opportunity_checks')
        .values({ opportunity_id: row.id, stage: stage.key, item: item.key, ...values })
        .onConflict((oc) => oc.columns(['opportunity_id', 'stage', 'item']).doUpdateSet(values))
        .execute();
      await trx
        .updateTable('opportunities')
        .set({ updated_at: at, updated_by: me.id })
        .where('id', '=', row.id)
        .execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: input.done ? 'check' : 'uncheck',
        entity: 'opportunities',
        entityId: row.id,
        at,
        detail: {
          stage: stage.key,
          item: item.key,
          evidenceNumber: values.evidence_number,
          attachmentId: values.attachment_id,
        },
      });
    });
    return detailOf(ctx, me, row.id);
  },

  'pipeline.move': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    requireOpen(row);
    if (input.overrideReason !== undefined && me.role !== 'manager')
      throw new ApiError('FORBIDDEN', '只有区域经理可以越过检查。请补全缺少的项目,或请区域经理推进。');
    const settings = await loadPipelineSettings(ctx.db);
    const target = settings.stages.find((s) => s.key === input.toStage);
    if (!target) throw new ApiError('BAD_INPUT', '销售流程中没有这个阶段,请刷新页面后重试。');
    if (target.key === row.stage) throw new ApiError('BAD_INPUT', `商机已在“${target.name}”阶段。`);
    const checks = await ctx.db
      .selectFrom('opportunity_checks')
      .select(['stage', 'item', 'done', 'evidence_number', 'attachment_id'])
      .where('opportunity_id', '=', row.id)
      .execute();
    const missing = missingForMove(
      settings.stages,
      checks.map((c) => ({
        stage: c.stage,
        item: c.item,
        done: c.done === 1,
        evidenceNumber: c.evidence_number,
        attachmentId: c.attachment_id,
      })),
      row.stage,
      target.key,
    );
    if (missing.length > 0 && input.overrideReason === undefined) {
      throw new ApiError(
        'INVALID_STATE',
        `还不能进入“${target.name}”阶段,缺少:${missing.join(';')}。请补全后再推进;确有特殊情况,可由区域经理填写原因越过检查。`,
      );
    }
    const at = nowIso(ctx);
    const overridden = missing.length > 0;
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('opportunities')
        .set({ stage: target.key, stage_since: officeDay(ctx.now()), updated_at: at, updated_by: me.id })
        .where('id', '=', row.id)
        .execute();
      await addEvent(trx, {
        opportunityId: row.id,
        kind: overridden ? 'override' : 'moved',
        fromStage: row.stage,
        toStage: target.key,
        reason: input.overrideReason ?? null,
        missing,
        by: me.id,
        at,
      });
      await writeAudit(trx, {
        actorId: me.id,
        action: overridden ? 'override' : 'move',
        entity: 'opportunities',
        entityId: row.id,
        at,
        detail: {
          from: row.stage,
          to: target.key,
          ...(overridden ? { reason: input.overrideReason, missing } : {}),
        },
      });
    });
    return detailOf(ctx, me, row.id);
  },
} satisfies Partial<ModuleHandlers<Methods>>;
