import type { salesMethods } from '../../../../src-shared/contract/sales';
import { periodsBetween } from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { writeSetting } from '../settings';
import { MAPPING_SETTING, readUpload } from './actuals-import';
import { officialFigures } from './figure-repo';

export const salesHandlers = {
  'sales.figures': async (input, ctx) => {
    currentUser(ctx);
    const months = periodsBetween('month', `${input.from}-01`, `${input.to}-01`);
    return officialFigures(ctx.db, months.slice(0, 120));
  },

  'sales.correctActuals': async (input, ctx) => {
    const actor = currentUser(ctx);
    const person = await ctx.db
      .selectFrom('users')
      .select('role')
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!person || person.role === 'clerk')
      throw new ApiError('BAD_INPUT', '只能更正营销代表或区域经理的实际业绩。', { userId: '请选择营销代表' });
    const at = nowIso(ctx);
    const remove = input.salesActual === null && input.collectionActual === null;
    await ctx.db.transaction().execute(async (trx) => {
      const mine = trx
        .deleteFrom('sales_figures')
        .where('user_id', '=', input.userId)
        .where('month', '=', input.month)
        .where('source', '=', 'adjusted');
      if (remove) await mine.execute();
      else
        await trx
          .insertInto('sales_figures')
          .values({
            user_id: input.userId,
            month: input.month,
            source: 'adjusted',
            sales_target: null,
            sales_actual: input.salesActual,
            collection_target: null,
            collection_actual: input.collectionActual,
            report_id: null,
            updated_at: at,
            updated_by: actor.id,
          })
          .onConflict((oc) =>
            oc.columns(['user_id', 'month', 'source']).doUpdateSet({
              sales_actual: input.salesActual,
              collection_actual: input.collectionActual,
              updated_at: at,
              updated_by: actor.id,
            }),
          )
          .execute();
      await writeAudit(trx, {
        actorId: actor.id,
        action: remove ? 'removeCorrection' : 'correct',
        entity: 'sales_figures',
        entityId: `${input.userId}/${input.month}`,
        at,
        detail: {
          salesActual: input.salesActual,
          collectionActual: input.collectionActual,
          reason: input.reason,
        },
      });
    });
    return officialFigures(ctx.db, [input.month]);
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
