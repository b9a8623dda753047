import type { z } from 'zod';
import type { channelMethods } from '../../../../src-shared/contract/channel';
import { CASE_STATUS_LABELS, fineLines } from '../../../../src-shared/domain/channel';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { type HandlerContext, nowIso, type SessionUser } from '../../handler-types';
import { deductFine } from '../performance';
import { supervisorOn } from '../regions';
import { appendLog } from './case-log';
import { checkParty } from './case-input';
import { loadChannelSettings } from './channel-settings';
import type { ChannelCaseRow } from './tables';

type DecideInput = z.output<(typeof channelMethods)['channel.decide']['input']>;

const bad = (field: string, message: string) => new ApiError('BAD_INPUT', message, { [field]: message });

/**
 * The manager's finding on a case under verification. 成立 below the list price fines the
 * 当事人 and, separately, the person who supervised them on the sale date (the regulation's
 * 当事人及直接主管); the sanctions on dealers go with it. All in one transaction with its log entry.
 */
export async function decideCase(
  ctx: HandlerContext,
  me: SessionUser,
  row: ChannelCaseRow,
  input: DecideInput,
): Promise<void> {
  if (row.status !== 'verifying')
    throw new ApiError(
      'INVALID_STATE',
      `案件现为“${CASE_STATUS_LABELS[row.status]}”,须先转为“核实中”才能作出核实结论。`,
    );
  const confirmed = input.outcome === 'confirmed';
  if (!confirmed && input.sanctions.length > 0) throw bad('sanctions', '举报不成立时不能处罚经销商。');
  const partyId = input.partyId ?? row.party_id;
  if (input.partyId !== undefined) await checkParty(ctx.db, input.partyId);
  for (const [i, s] of input.sanctions.entries()) {
    const dealer = await ctx.db
      .selectFrom('ref_dealers')
      .select('code')
      .where('code', '=', s.dealerCode)
      .executeTakeFirst();
    if (!dealer) throw bad(`sanctions.${i}.dealerCode`, `经销商编码“${s.dealerCode}”不在总部经销商名录中。`);
  }
  const belowList = row.list_price_fen !== null && row.sale_price_fen < row.list_price_fen;
  if (confirmed && belowList && partyId === null)
    throw bad('partyId', '低价销售成立须指定当事人,才能对当事人及直接主管处以罚款。');

  const settings = await loadChannelSettings(ctx.db);
  const at = nowIso(ctx);
  const today = officeDay(ctx.now());
  await ctx.db.transaction().execute(async (trx) => {
    const supervisorId =
      confirmed && belowList && partyId !== null ? await supervisorOn(trx, partyId, row.sale_date) : null;
    const fines =
      confirmed && belowList && partyId !== null && row.list_price_fen !== null
        ? fineLines({
            listPriceFen: row.list_price_fen,
            salePriceFen: row.sale_price_fen,
            quantity: row.quantity,
            multiple: settings.fineMultiple,
            partyId,
            supervisorId,
          })
        : [];
    const changed = await trx
      .updateTable('channel_cases')
      .set({
        status: input.outcome,
        party_id: partyId,
        verification: input.verification,
        decision: input.decision,
        decided_by: me.id,
        decided_on: today,
        fine_multiple: fines.length > 0 ? settings.fineMultiple : null,
        updated_at: at,
      })
      .where('id', '=', row.id)
      .where('status', '=', 'verifying')
      .executeTakeFirst();
    // Two managers deciding at once: the second finds the case no longer under verification.
    if (Number(changed.numUpdatedRows) !== 1)
      throw new ApiError('CONFLICT', '案件刚被其他人处理过,请刷新后再看。');
    if (fines.length > 0)
      await trx
        .insertInto('channel_fines')
        .values(
          fines.map((f) => ({
            case_id: row.id,
            user_id: f.userId,
            role: f.role,
            amount_fen: f.amountFen,
            month: today.slice(0, 7),
            created_at: at,
          })),
        )
        .execute();
    const reason = `案件第 ${row.id} 号:${input.decision || input.verification}`.slice(0, 500);
    // Confirmed fines come off the bonus (制度第2篇第3条), in the same transaction as the decision.
    for (const f of fines)
      await deductFine(trx, {
        userId: f.userId,
        month: today.slice(0, 7),
        amountFen: f.amountFen,
        reason: `窜货/低价罚款(${f.role === 'party' ? '当事人' : '直接主管'}),${reason}`.slice(0, 500),
        createdBy: me.id,
        at,
      });
    if (input.sanctions.length > 0)
      await trx
        .insertInto('channel_sanctions')
        .values(
          input.sanctions.map((s) => ({
            case_id: row.id,
            dealer_code: s.dealerCode,
            kind: s.kind,
            from_day: s.fromDay,
            to_day: s.toDay ?? null,
            reason,
            created_by: me.id,
            created_at: at,
          })),
        )
        .execute();
    await appendLog(trx, {
      caseId: row.id,
      at,
      by: me.id,
      kind: 'decided',
      data: {
        outcome: input.outcome,
        verification: input.verification,
        decision: input.decision,
        partyId,
        supervisorId,
        multiple: fines.length > 0 ? settings.fineMultiple : null,
        fines,
        sanctions: input.sanctions.map((s) => ({ ...s, toDay: s.toDay ?? null })),
      },
    });
  });
}
