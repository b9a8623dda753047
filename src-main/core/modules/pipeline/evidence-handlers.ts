import type { pipelineMethods } from '../../../../src-shared/contract/pipeline';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { attachmentDownload, attachUpload } from '../attachments';
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
    const { attachmentMaxMb } = await loadPipelineSettings(ctx.db);
    return attachUpload(
      ctx,
      { uploadId: input.uploadId, maxMb: attachmentMaxMb, actorId: me.id, at: nowIso(ctx) },
      async (trx, file) => {
        await trx
          .insertInto('opportunity_attachments')
          .values({ opportunity_id: row.id, attachment_id: file.id })
          .execute();
      },
    );
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
