import type { bundleMethods } from '../../../../src-shared/contract/bundles';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { exportMonthBundle, type ExportResult } from './bundle-export';
import { buildMailDraft } from './mail-draft';
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

  'bundles.startExport': async (input, ctx) => {
    const me = currentUser(ctx);
    const jobId = ctx.jobs.start<ExportResult>(me.id, ({ progress, signal, final }) =>
      exportMonthBundle(ctx, me, input.month, {
        ...(input.maxPartBytes ? { maxPartBytes: input.maxPartBytes } : {}),
        onProgress: progress,
        signal,
        onSaving: final,
      }),
    );
    return { jobId };
  },

  'bundles.job': async (input, ctx) => ctx.jobs.view<ExportResult>(input.jobId, currentUser(ctx).id),

  'bundles.cancel': async (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId, currentUser(ctx).id) }),

  'bundles.eml': async (input, ctx) => {
    currentUser(ctx);
    const draft = await buildMailDraft(
      ctx.db,
      ctx.dataDir,
      input.month,
      input.revision,
      input.fileName,
      ctx.now(),
    );
    const file = ctx.files.add(draft.bytes, draft.fileName, 'message/rfc822', ctx.caller.sessionToken);
    return { fileId: file.id, fileName: draft.fileName };
  },
} satisfies Partial<ModuleHandlers<typeof bundleMethods>>;
