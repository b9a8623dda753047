import type { Attachment } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { AttachmentsPanel } from '../../app/AttachmentsPanel';

/** 培训资料: slides, handouts and the test paper, kept with the session. */
export function MaterialsPanel({
  sessionId,
  files,
  canUpload,
  onChanged,
}: {
  sessionId: number;
  files: Attachment[];
  canUpload: boolean;
  onChanged: () => void;
}) {
  return (
    <AttachmentsPanel
      files={files}
      canUpload={canUpload}
      onChanged={onChanged}
      title="培训资料"
      countNoun="个培训资料"
      uploadLabel="上传资料"
      tableLabel="培训资料"
      emptyText="还没有资料。可上传课件、讲义或试卷(PDF、Word、PPT、Excel、图片,每个不超过20 MB)。"
      accept=".pdf,.doc,.docx,.ppt,.pptx,.xls,.xlsx,.jpg,.jpeg,.png"
      attach={(uploadId) => api('training.attach', { id: sessionId, uploadId })}
      download={(attachmentId) => api('training.material', { attachmentId })}
    />
  );
}
