import type { developmentMethods } from '../../../../src-shared/contract/development';
import type { ModuleHandlers } from '../../handler-types';

export const developmentHandlers = {} satisfies ModuleHandlers<typeof developmentMethods>;
