import type { headOfficeTrainingMethods } from '../../../../src-shared/contract/head-office-training';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { buildTrainingView } from './training-view';

export const trainingHandlers = {
  'hq.training': async (input, ctx) => {
    currentUser(ctx);
    return buildTrainingView(ctx.db, input);
  },
} satisfies ModuleHandlers<typeof headOfficeTrainingMethods>;
