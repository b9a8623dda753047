import type { salesMethods } from '../../../../src-shared/contract/sales';
import { periodsBetween } from '../../../../src-shared/domain/periods';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { officialFigures } from './figure-repo';

export const salesHandlers = {
  'sales.figures': async (input, ctx) => {
    currentUser(ctx);
    const months = periodsBetween('month', `${input.from}-01`, `${input.to}-01`);
    return officialFigures(ctx.db, months.slice(0, 120));
  },
} satisfies Partial<ModuleHandlers<typeof salesMethods>>;
