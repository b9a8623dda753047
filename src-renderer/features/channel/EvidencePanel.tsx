import type { Attachment } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { AttachmentsPanel } from '../../app/AttachmentsPanel';

/** 证据: photos of the goods and the shop, invoices; kept with the case and logged in its chain. */
export function EvidencePanel({
  caseId,
  files,
  canUpload,
  onChanged,
}: {
  caseId: number;
  files: Attachment[];
  canUpload: boolean;
  onChanged: () => void;
}) {
  return (
    <AttachmentsPanel
      files={files}
      canUpload={canUpload}
      onChanged={onChanged}
      title="证据"
      countNoun="个证据文件"
      uploadLabel="上传证据"
      tableLabel="证据文件"
      emptyText="还没有证据。请上传现场照片、购货发票或收据(图片、PDF、Word、Excel,每个不超过20 MB)。"
      accept=".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx"
      attach={(uploadId) => api('channel.attach', { id: caseId, uploadId })}
      download={(attachmentId) => api('channel.attachment', { attachmentId })}
    />
  );
}
