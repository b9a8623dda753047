import type { referenceMethods } from '../../../../src-shared/contract/reference';
import type { ModuleHandlers } from '../../handler-types';

export const referenceHandlers = {} satisfies ModuleHandlers<typeof referenceMethods>;
