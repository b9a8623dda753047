import type { referenceBundleMethods } from '../../../../src-shared/contract/reference-bundles';
import type { ModuleHandlers } from '../../handler-types';

export const referenceBundleHandlers = {} satisfies ModuleHandlers<typeof referenceBundleMethods>;
