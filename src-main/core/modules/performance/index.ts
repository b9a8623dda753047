import { performanceMethods } from '../../../../src-shared/contract/performance';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { defineModule } from '../../module';
import { monthKpis } from './month-kpis';

const handlers = {
  'kpi.month': async (input, ctx) => {
    const me = currentUser(ctx);
    return { month: input.month, rows: await monthKpis(ctx, me, input.month) };
  },
} satisfies ModuleHandlers<typeof performanceMethods>;

/** 绩效评估: each rep's monthly KPIs, score and rank, computed by the shared formulas. */
export const performanceModule = defineModule({ name: 'performance', methods: performanceMethods, handlers });
