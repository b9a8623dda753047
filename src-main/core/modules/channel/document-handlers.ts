import type { channelMethods } from '../../../../src-shared/contract/channel';
import { buildCaseFile } from '../../../../src-shared/documents/channel-case-file';
import { buildFineNotice } from '../../../../src-shared/documents/channel-fine-notice';
import type { Letterhead } from '../../../../src-shared/documents/doc-meta';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { requireOffice } from '../office';
import { loadDetail, loadFines, requireCase, toCase } from './case-repo';

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
} satisfies Partial<ModuleHandlers<typeof channelMethods>>;
