import type { trainingMethods } from '../../../../src-shared/contract/training';
import type { ModuleHandlers } from '../../handler-types';

export const trainingHandlers = {} satisfies ModuleHandlers<typeof trainingMethods>;
