import type { trainingDocumentMethods } from '../../../../src-shared/contract/training-documents';
import type { ModuleHandlers } from '../../handler-types';

export const trainingDocumentHandlers = {} satisfies ModuleHandlers<typeof trainingDocumentMethods>;
