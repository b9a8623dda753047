export { PrintPreview, PrintPreviewDocuments } from './PrintPreview';
export { PrintPreviewModal } from './PrintPreviewModal';
