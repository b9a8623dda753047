import { documentsMethods } from '../../../../src-shared/contract/documents';
import { defineModule } from '../../module';
import { documentHandlers } from './document-handlers';

/** Word documents and print previews of reports: one report, a month of 走访表, a fax pack. */
export const documentsModule = defineModule({
  name: 'documents',
  methods: documentsMethods,
  handlers: documentHandlers,
});

export { DOCX_MIME, letterheadOf, monthBookModels, reportDocModel, reportFileName } from './report-document';
