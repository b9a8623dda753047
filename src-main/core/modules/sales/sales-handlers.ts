import type { salesMethods } from '../../../../src-shared/contract/sales';
import { periodsBetween } from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeSetting } from '../settings';
import { MAPPING_SETTING, readUpload } from './actuals-import';
import { officialFigures } from './figure-repo';

export const salesHandlers = {
  'sales.figures': async (input, ctx) => {
    currentUser(ctx);
    const months = periodsBetween('month', `${input.from}-01`, `${input.to}-01`);
    return officialFigures(ctx.db, months.slice(0, 120));
  },

  'sales.previewActuals': async (input, ctx) => {
    currentUser(ctx);
    return (await readUpload(ctx, input)).preview;
  },

  'sales.importActuals': async (input, ctx) => {
    const actor = currentUser(ctx);
    const { preview, rows, mapping } = await readUpload(ctx, input);
    if (preview.problemCount > 0 || !mapping) {
      throw new ApiError(
        'BAD_INPUT',
        `表中有 ${preview.problemCount} 处问题,未导入任何数据。请改正后重新导入。`,
      );
    }
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      // The sheet is the company's word on its months: their imported figures are replaced whole.
      await trx
        .deleteFrom('sales_figures')
        .where('source', '=', 'imported')
        .where('month', 'in', preview.months)
        .execute();
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto('sales_figures')
          .values(
            rows.slice(i, i + 500).map((r) => ({
              user_id: r.userId,
              month: r.month,
              source: 'imported' as const,
              sales_target: null,
              sales_actual: r.salesActual,
              collection_target: null,
              collection_actual: r.collectionActual,
              report_id: null,
              updated_at: at,
              updated_by: actor.id,
            })),
          )
          .execute();
      }
      await writeSetting(trx, {
        key: MAPPING_SETTING,
        value: mapping,
        actorId: actor.id,
        at,
        action: 'import',
        audit: {
          months: preview.months,
          rows: rows.length,
          changed: preview.changes.length,
          removed: preview.removed,
        },
      });
    });
    ctx.uploads.remove(input.uploadId);
    return preview;
  },
} satisfies Partial<ModuleHandlers<typeof salesMethods>>;
