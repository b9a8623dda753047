import type { channelMethods } from '../../../../src-shared/contract/channel';
import { CASE_STATUS_LABELS, isEditable, mayMove, nextStatuses } from '../../../../src-shared/domain/channel';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { appendLog } from './case-log';
import { type CaseFacts, caseFacts, changedFacts } from './case-input';
import { loadDetail, maySeeCase, requireCase, toCase } from './case-repo';
import { GENESIS_HASH } from './case-chain';
import { decideCase } from './case-decision';
import { casePreviewHandlers } from './case-preview';

const factsOf = (row: CaseFacts): CaseFacts => ({
  found_on: row.found_on,
  sale_date: row.sale_date,
  place: row.place,
  product_code: row.product_code,
  batch_no: row.batch_no,
  carton_code: row.carton_code,
  quantity: row.quantity,
  sale_price_fen: row.sale_price_fen,
  list_price_fen: row.list_price_fen,
  source_dealer_code: row.source_dealer_code,
  source_region_code: row.source_region_code,
  source_note: row.source_note,
  description: row.description,
  reporter_id: row.reporter_id,
  party_id: row.party_id,
});

export const caseHandlers = {
  'channel.cases': async (input, ctx) => {
    const me = currentUser(ctx);
    let q = ctx.db.selectFrom('channel_cases').selectAll();
    if (input.status !== 'all') q = q.where('status', '=', input.status);
    if (input.month) q = q.where('found_on', 'like', `${input.month}-%`);
    const rows = (await q.orderBy('found_on', 'desc').orderBy('id', 'desc').execute()).filter((r) =>
      maySeeCase(me, r),
    );
    return Promise.all(rows.map((r) => toCase(ctx.db, r)));
  },

  'channel.case': async (input, ctx) => {
    const row = await requireCase(ctx.db, currentUser(ctx), input.id);
    return loadDetail(ctx.db, row);
  },

  'channel.register': async (input, ctx) => {
    const me = currentUser(ctx);
    const facts = await caseFacts(ctx.db, me, input, ctx.now());
    const at = nowIso(ctx);
    const id = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('channel_cases')
        .values({
          ...facts,
          status: 'registered',
          log_head: GENESIS_HASH,
          log_count: 0,
          created_by: me.id,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendLog(trx, { caseId: row.id, at, by: me.id, kind: 'created', data: facts });
      return row.id;
    });
    return loadDetail(ctx.db, await requireCase(ctx.db, me, id));
  },

  'channel.edit': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireCase(ctx.db, me, input.id);
    if (!isEditable(row.status))
      throw new ApiError('INVALID_STATE', `案件已${CASE_STATUS_LABELS[row.status]},不能再修改登记内容。`);
    if (me.role !== 'manager' && row.reporter_id !== me.id && row.created_by !== me.id)
      throw new ApiError('FORBIDDEN', '只有举报人、登记人或区域经理可以修改案件。');
    const after = await caseFacts(
      ctx.db,
      me,
      { ...input, reporterId: input.reporterId ?? row.reporter_id },
      ctx.now(),
    );
    const changes = changedFacts(factsOf(row), after);
    if (Object.keys(changes).length === 0) return loadDetail(ctx.db, row);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('channel_cases')
        .set({ ...after, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      await appendLog(trx, { caseId: row.id, at, by: me.id, kind: 'edited', data: changes });
    });
    return loadDetail(ctx.db, await requireCase(ctx.db, me, row.id));
  },

  'channel.move': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireCase(ctx.db, me, input.id);
    if (!mayMove(row.status, input.to)) {
      const allowed = nextStatuses(row.status).map((s) => CASE_STATUS_LABELS[s]);
      throw new ApiError(
        'INVALID_STATE',
        `案件现为“${CASE_STATUS_LABELS[row.status]}”,不能直接改为“${CASE_STATUS_LABELS[input.to]}”` +
          (allowed.length ? `;下一步只能是:${allowed.join('、')}。` : ',案件已办结。'),
      );
    }
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('channel_cases')
        .set({ status: input.to, updated_at: at })
        .where('id', '=', row.id)
        .where('status', '=', row.status)
        .execute();
      await appendLog(trx, {
        caseId: row.id,
        at,
        by: me.id,
        kind: 'moved',
        data: { from: row.status, to: input.to, note: input.note },
      });
    });
    return loadDetail(ctx.db, await requireCase(ctx.db, me, row.id));
  },

  'channel.decide': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireCase(ctx.db, me, input.id);
    await decideCase(ctx, me, row, input);
    return loadDetail(ctx.db, await requireCase(ctx.db, me, row.id));
  },

  ...casePreviewHandlers,
} satisfies Partial<ModuleHandlers<typeof channelMethods>>;
