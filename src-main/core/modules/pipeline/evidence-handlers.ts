import type { pipelineMethods } from '../../../../src-shared/contract/pipeline';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { attachmentDownload, loadAttachment, storeAttachment } from '../attachments';
import { maySee, requireOpportunity } from './opportunity-repo';
import { loadPipelineSettings } from './pipeline-settings';

export const evidenceHandlers = {
  'pipeline.attach': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    if (row.status !== 'open')
      throw new ApiError(
        'INVALID_STATE',
        `商机“${row.title}”已结束,不能再上传附件;如需补充,请区域经理重新打开。`,
      );
    const upload = ctx.uploads.read(input.uploadId, ctx.caller.sessionToken);
    if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
    const { attachmentMaxMb } = await loadPipelineSettings(ctx.db);
    const at = nowIso(ctx);
    const stored = await ctx.db.transaction().execute(async (trx) => {
      // The name as the user's system gave it: the upload store's safe copy would hide a path.
      const file = await storeAttachment(trx, ctx.dataDir, {
        fileName: upload.originalName,
        bytes: upload.bytes,
        maxMb: attachmentMaxMb,
        actorId: me.id,
        at,
      });
      await trx
        .insertInto('opportunity_attachments')
        .values({ opportunity_id: row.id, attachment_id: file.id })
        .execute();
      return file;
    });
    ctx.uploads.remove(input.uploadId);
    const shown = await loadAttachment(ctx.db, stored.id);
    if (!shown) throw new ApiError('INTERNAL', '附件保存后无法读取,请重试。');
    return shown;
  },

  'pipeline.attachment': async (input, ctx) => {
    const me = currentUser(ctx);
    // A rep sees the evidence of their own opportunities; others' files are as good as absent.
    return attachmentDownload(
      ctx,
      input.attachmentId,
      async () =>
        (
          await ctx.db
            .selectFrom('opportunity_attachments')
            .innerJoin('opportunities', 'opportunities.id', 'opportunity_attachments.opportunity_id')
            .select('opportunities.owner_id')
            .where('opportunity_attachments.attachment_id', '=', input.attachmentId)
            .execute()
        ).some((o) => maySee(me, o.owner_id)),
      '找不到这个附件,可能不属于您负责的商机。',
    );
  },
} satisfies Partial<ModuleHandlers<typeof pipelineMethods>>;
