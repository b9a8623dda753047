import type { channelMethods } from '../../../../src-shared/contract/channel';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { attachmentDownload, attachUpload } from '../attachments';
import { appendLog } from './case-log';
import { maySeeCase, requireCase } from './case-repo';

/** Evidence photos and documents up to this size; the attachments module checks the content. */
const EVIDENCE_MAX_MB = 20;

export const evidenceHandlers = {
  'channel.attach': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireCase(ctx.db, me, input.id);
    // Evidence may still come in after the finding (a 处理 receipt), but not once the case is closed.
    if (row.status === 'closed') throw new ApiError('INVALID_STATE', '案件已处理完毕,不能再上传证据。');
    const at = nowIso(ctx);
    return attachUpload(
      ctx,
      { uploadId: input.uploadId, maxMb: EVIDENCE_MAX_MB, actorId: me.id, at },
      async (trx, file) => {
        await trx
          .insertInto('channel_case_attachments')
          .values({ case_id: row.id, attachment_id: file.id })
          .execute();
        await appendLog(trx, {
          caseId: row.id,
          at,
          by: me.id,
          kind: 'evidence',
          data: { attachmentId: file.id, fileName: file.file_name, sha256: file.sha256 },
        });
      },
    );
  },

  'channel.attachment': async (input, ctx) => {
    const me = currentUser(ctx);
    return attachmentDownload(
      ctx,
      input.attachmentId,
      async () =>
        (
          await ctx.db
            .selectFrom('channel_case_attachments')
            .innerJoin('channel_cases', 'channel_cases.id', 'channel_case_attachments.case_id')
            .select(['channel_cases.reporter_id', 'channel_cases.party_id', 'channel_cases.created_by'])
            .where('channel_case_attachments.attachment_id', '=', input.attachmentId)
            .execute()
        ).some((c) => maySeeCase(me, c)),
      '找不到这个证据文件,可能不属于您能查看的案件。',
    );
  },
} satisfies Partial<ModuleHandlers<typeof channelMethods>>;
