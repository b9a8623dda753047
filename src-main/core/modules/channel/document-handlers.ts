import type { channelMethods } from '../../../../src-shared/contract/channel';
import { buildCaseFile } from '../../../../src-shared/documents/channel-case-file';
import { buildFineNotice } from '../../../../src-shared/documents/channel-fine-notice';
import { buildFlowSheet } from '../../../../src-shared/documents/channel-flow-sheet';
import type { Letterhead } from '../../../../src-shared/documents/doc-meta';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { requireOffice } from '../office';
import { loadDetail, loadFines, requireCase, toCase } from './case-repo';
import { loadChannelSettings } from './channel-settings';
import { flowDetail } from './flow-detail';

// As the pipeline module does: the documents module reaches modules that would make a cycle.
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function letterhead(db: Db): Promise<Letterhead> {
  const office = await requireOffice(db);
  return {
    company: office.company,
    officeName: office.office_name,
    regionCode: office.region_code,
    regionName: office.region_name,
    fax: office.fax,
    phone: office.phone,
    address: office.address,
  };
}

async function caseFileModel(ctx: HandlerContext, id: number) {
  const row = await requireCase(ctx.db, currentUser(ctx), id);
  return buildCaseFile({
    letterhead: await letterhead(ctx.db),
    detail: await loadDetail(ctx.db, row),
    printedAt: formatDateTime(ctx.now().toISOString()),
  });
}

/** The F10 of a dealer and month as printed, or NOT_FOUND when none was entered. */
async function flowSheetModel(ctx: HandlerContext, dealerCode: string, month: string) {
  currentUser(ctx);
  const flow = await ctx.db
    .selectFrom('channel_flows')
    .selectAll()
    .where('dealer_code', '=', dealerCode)
    .where('month', '=', month)
    .executeTakeFirst();
  if (!flow) throw new ApiError('NOT_FOUND', `经销商 ${dealerCode} 没有 ${month} 的商品流向单,无法打印。`);
  const { f10DueDay } = await loadChannelSettings(ctx.db);
  const detail = await flowDetail(ctx.db, flow, f10DueDay);
  const codes = [...new Set([...detail.lines, ...detail.batches].map((l) => l.productCode))];
  const products = await ctx.db
    .selectFrom('ref_products')
    .select(['code', 'name'])
    .where('code', 'in', codes)
    .execute();
  const clerk = await ctx.db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', flow.entered_by)
    .executeTakeFirst();
  return {
    detail,
    model: buildFlowSheet({
      letterhead: await letterhead(ctx.db),
      flow: detail,
      productNames: Object.fromEntries(products.map((p) => [p.code, p.name])),
      dueDay: f10DueDay,
      enteredBy: [clerk?.display_name, formatDateTime(flow.entered_at)].filter(Boolean).join(' '),
      printedAt: formatDateTime(ctx.now().toISOString()),
    }),
  };
}

export const documentHandlers = {
  'channel.caseFile': async (input, ctx) => caseFileModel(ctx, input.id),

  'channel.caseFileDocx': async (input, ctx) => {
    const bytes = await ctx.renderer.render([await caseFileModel(ctx, input.id)]);
    const fileName = `案件档案-${input.id}.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },

  'channel.fineNoticeDocx': async (input, ctx) => {
    const me = currentUser(ctx);
    const [fine] = await loadFines(ctx.db, { fineId: input.fineId });
    if (!fine) throw new ApiError('NOT_FOUND', '找不到这笔罚款。');
    const row = await requireCase(ctx.db, me, fine.caseId);
    const model = buildFineNotice({
      letterhead: await letterhead(ctx.db),
      case: await toCase(ctx.db, row),
      fine,
      printedAt: formatDateTime(ctx.now().toISOString()),
    });
    const bytes = await ctx.renderer.render([model]);
    const fileName = `罚款通知单-${fine.caseId}-${fine.userName}.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },

  'channel.flowSheet': async (input, ctx) => (await flowSheetModel(ctx, input.dealerCode, input.month)).model,

  'channel.flowSheetDocx': async (input, ctx) => {
    const { detail, model } = await flowSheetModel(ctx, input.dealerCode, input.month);
    const bytes = await ctx.renderer.render([model]);
    const fileName = `商品流向单-${detail.dealerName}-${detail.month}.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies Partial<ModuleHandlers<typeof channelMethods>>;
