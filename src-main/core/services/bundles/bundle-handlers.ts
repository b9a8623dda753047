import { currentUser, type Handlers } from '../../handler-types';
import { exportMonthBundle } from './bundle-export';
import { listExports } from './export-repo';
import { planMonth, plannedFiles } from './month-plan';

export const bundleHandlers = {
  'bundles.preview': async (input, ctx) => {
    currentUser(ctx);
    const plan = await planMonth(ctx.db, input.month, ctx.now());
    const previous = await listExports(ctx.db, ctx.dataDir, input.month);
    return {
      month: plan.scope.month,
      monthLabel: plan.scope.monthLabel,
      revision: plan.revision,
      headOfficeDueAt: plan.headOfficeDueAt,
      included: plannedFiles(plan).map((f) => ({
        kind: f.kind,
        formCode: f.formCode,
        title: f.title,
        fileName: f.path,
        reportCount: f.reportIds.length,
      })),
      reportCount: plan.included.length,
      gaps: plan.gaps,
      previous: previous.map((p) => ({
        revision: p.revision,
        createdAt: p.createdAt,
        fileNames: p.fileNames,
      })),
    };
  },

  'bundles.export': async (input, ctx) => {
    const me = currentUser(ctx);
    return exportMonthBundle(ctx, me, input.month, {
      ...(input.maxPartBytes ? { maxPartBytes: input.maxPartBytes } : {}),
    });
  },

  'bundles.list': async (_input, ctx) => {
    currentUser(ctx);
    return listExports(ctx.db, ctx.dataDir);
  },
} satisfies Pick<Handlers, 'bundles.preview' | 'bundles.export' | 'bundles.list'>;
