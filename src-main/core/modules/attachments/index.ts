import { defineModule } from '../../module';
import * as m016 from './migrations/016-attachments';

/**
 * Evidence files kept for good in the data folder (an opportunity's 合同, a 签收单; later the
 * training materials). It answers no method itself: the modules that take files call it.
 */
export const attachmentsModule = defineModule({
  name: 'attachments',
  methods: {},
  handlers: {},
  migrations: [{ version: 16, name: '016-attachments', up: m016.up }],
});

export {
  ATTACHMENTS_DIR,
  attachmentDownload,
  attachUpload,
  attachmentPath,
  checkFileName,
  loadAttachment,
  readAttachmentBytes,
  storeAttachment,
  toAttachment,
} from './attachment-store';
export { ACCEPTED_EXTENSIONS, detectEvidenceKind } from './content-type';
export type { AttachmentRow } from './tables';
