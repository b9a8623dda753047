import type { channelMethods } from '../../../../src-shared/contract/channel';
import { fineLines } from '../../../../src-shared/domain/channel';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { loadProduct, priceOn } from '../reference';
import { supervisorOn } from '../regions';
import { checkParty } from './case-input';
import { requireCase } from './case-repo';
import { loadChannelSettings } from './channel-settings';

/**
 * What the F11 screens show before anything is stored: the 规定价 a reporter's sale date will be
 * judged by, and the fines a 成立 finding would charge, computed exactly as the decision does.
 */
export const casePreviewHandlers = {
  'channel.priceOn': async (input, ctx) => {
    const product = await loadProduct(ctx.db, input.productCode);
    return {
      product: product
        ? { code: product.code, name: product.name, spec: product.spec, unit: product.unit }
        : null,
      listPriceFen: product ? await priceOn(ctx.db, input.productCode, input.day) : null,
    };
  },

  'channel.finePreview': async (input, ctx) => {
    const row = await requireCase(ctx.db, currentUser(ctx), input.id);
    if (input.partyId !== undefined) await checkParty(ctx.db, input.partyId);
    const settings = await loadChannelSettings(ctx.db);
    const partyId = input.partyId ?? row.party_id;
    const listPriceFen = row.list_price_fen;
    const belowList = listPriceFen !== null && row.sale_price_fen < listPriceFen;
    const base = { multiple: settings.fineMultiple, listPriceFen, belowList };
    if (!belowList) return { ...base, lines: [], note: '' };
    if (partyId === null)
      return { ...base, lines: [], note: '请选择当事人,才能算出对当事人及直接主管的罚款。' };
    const supervisorId = await supervisorOn(ctx.db, partyId, row.sale_date);
    const lines = fineLines({
      listPriceFen,
      salePriceFen: row.sale_price_fen,
      quantity: row.quantity,
      multiple: settings.fineMultiple,
      partyId,
      supervisorId,
    });
    const ids = lines.map((l) => l.userId);
    const names = new Map(
      (await ctx.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map(
        (u) => [u.id, u.display_name],
      ),
    );
    const note =
      supervisorId === null || supervisorId === partyId
        ? `销售日期 ${row.sale_date} 当事人没有直接主管(当事人为区域经理或该日无人任职),只对当事人罚款。`
        : '';
    return {
      ...base,
      lines: lines.map((l) => ({ ...l, userName: names.get(l.userId) ?? '' })),
      note,
    };
  },
} satisfies Partial<ModuleHandlers<typeof channelMethods>>;
