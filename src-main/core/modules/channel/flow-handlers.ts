import type { channelMethods } from '../../../../src-shared/contract/channel';
import { f10DueDate, f10State, stopShipmentAdvice } from '../../../../src-shared/domain/channel';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { requireOffice } from '../office';
import { loadChannelSettings } from './channel-settings';
import { flowDetail } from './flow-detail';
import { f10Dealers } from './stop-advice';

const bad = (field: string, message: string) => new ApiError('BAD_INPUT', message, { [field]: message });

/** A dealer of the office's region (only those owe the office an F10), or BAD_INPUT. */
async function requireDealer(db: Db, code: string) {
  const office = await requireOffice(db);
  const dealer = await db.selectFrom('ref_dealers').selectAll().where('code', '=', code).executeTakeFirst();
  if (!dealer || dealer.region_code !== office.region_code)
    throw bad('dealerCode', `经销商“${code}”不是本区域的经销商,请核对经销商编码。`);
  return dealer;
}

export const flowHandlers = {
  'channel.saveFlow': async (input, ctx) => {
    const me = currentUser(ctx);
    await requireDealer(ctx.db, input.dealerCode);
    if (input.submittedOn > officeDay(ctx.now())) throw bad('submittedOn', '收到日期不能晚于今天。');
    if (input.submittedOn < `${input.month}-01`) throw bad('submittedOn', '收到日期不能早于流向单所属月份。');
    input.lines.forEach((l, i) => {
      if (!l.saleDate.startsWith(input.month))
        throw bad(`lines.${i}.saleDate`, `第 ${i + 1} 行的销售日期不在 ${input.month} 内。`);
    });
    const at = nowIso(ctx);
    const id = await ctx.db.transaction().execute(async (trx) => {
      // A corrected F10 replaces the month's lines; the one row per dealer and month keeps its id.
      const existing = await trx
        .selectFrom('channel_flows')
        .select('id')
        .where('dealer_code', '=', input.dealerCode)
        .where('month', '=', input.month)
        .executeTakeFirst();
      let flowId: number;
      if (existing) {
        flowId = existing.id;
        await trx.deleteFrom('channel_flow_lines').where('flow_id', '=', flowId).execute();
        await trx
          .updateTable('channel_flows')
          .set({ submitted_on: input.submittedOn, note: input.note, entered_by: me.id, entered_at: at })
          .where('id', '=', flowId)
          .execute();
      } else {
        flowId = (
          await trx
            .insertInto('channel_flows')
            .values({
              dealer_code: input.dealerCode,
              month: input.month,
              submitted_on: input.submittedOn,
              note: input.note,
              entered_by: me.id,
              entered_at: at,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      }
      await trx
        .insertInto('channel_flow_lines')
        .values(
          input.lines.map((l, i) => ({
            flow_id: flowId,
            line_no: i + 1,
            sale_date: l.saleDate,
            product_code: l.productCode,
            batch_no: l.batchNo,
            quantity: l.quantity,
            buyer_name: l.buyerName,
            buyer_region: l.buyerRegion,
          })),
        )
        .execute();
      return flowId;
    });
    const flow = await ctx.db
      .selectFrom('channel_flows')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return flowDetail(ctx.db, flow, (await loadChannelSettings(ctx.db)).f10DueDay);
  },

  'channel.flow': async (input, ctx) => {
    currentUser(ctx);
    const flow = await ctx.db
      .selectFrom('channel_flows')
      .selectAll()
      .where('dealer_code', '=', input.dealerCode)
      .where('month', '=', input.month)
      .executeTakeFirst();
    if (!flow)
      throw new ApiError('NOT_FOUND', `经销商 ${input.dealerCode} 还没有 ${input.month} 的商品流向单。`);
    return flowDetail(ctx.db, flow, (await loadChannelSettings(ctx.db)).f10DueDay);
  },

  'channel.flowMonth': async (input, ctx) => {
    currentUser(ctx);
    const { f10DueDay } = await loadChannelSettings(ctx.db);
    const today = officeDay(ctx.now());
    const due = f10DueDate(input.month, f10DueDay);
    const dealers = await f10Dealers(ctx.db, input.month);
    const rows = [];
    for (const d of dealers) {
      const flow = d.flowId
        ? await ctx.db
            .selectFrom('channel_flows')
            .selectAll()
            .where('id', '=', d.flowId)
            .executeTakeFirstOrThrow()
        : null;
      rows.push({
        code: d.code,
        name: d.name,
        radiates: d.radiates,
        submittedOn: d.submittedOn,
        state: f10State(due, d.submittedOn, today),
        ok: flow ? (await flowDetail(ctx.db, flow, f10DueDay)).ok : null,
      });
    }
    return {
      month: input.month,
      due,
      dealers: rows,
      stopAdvice: stopShipmentAdvice({ month: input.month, dueDay: f10DueDay, today, dealers: rows }),
    };
  },
} satisfies Partial<ModuleHandlers<typeof channelMethods>>;
