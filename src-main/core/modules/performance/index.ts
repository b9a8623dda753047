import { bonusMethods, performanceMethods } from '../../../../src-shared/contract/performance';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { defineModule } from '../../module';
import { bonusDocumentHandlers } from './bonus-documents';
import { bonusMonth } from './bonus-month';
import * as m012 from './migrations/012-bonus';
import * as m014 from './migrations/014-bonus-figures';
import { monthKpis } from './month-kpis';
import { periodRanking, repTrend } from './period-kpis';
import { loadPerformanceSettings, PERFORMANCE_SETTING } from './performance-settings';
import { writeSetting } from '../settings';
import { performanceSection } from './performance-section';

const methods = { ...performanceMethods, ...bonusMethods };

async function isLocked(db: Parameters<typeof monthKpis>[0]['db'], month: string): Promise<boolean> {
  const row = await db
    .selectFrom('bonus_statements')
    .select('user_id')
    .where('month', '=', month)
    .executeTakeFirst();
  return row !== undefined;
}

const handlers = {
  'performance.settings': async (_input, ctx) => loadPerformanceSettings(ctx.db),

  'performance.updateSettings': async (input, ctx) => {
    const me = currentUser(ctx);
    await ctx.db
      .transaction()
      .execute((trx) =>
        writeSetting(trx, { key: PERFORMANCE_SETTING, value: input, actorId: me.id, at: nowIso(ctx) }),
      );
    return loadPerformanceSettings(ctx.db);
  },

  'kpi.period': async (input, ctx) => periodRanking(ctx, currentUser(ctx), input.key),

  'kpi.trend': async (input, ctx) => repTrend(ctx, currentUser(ctx), input.userId, input.month),

  'kpi.month': async (input, ctx) => {
    const me = currentUser(ctx);
    return { month: input.month, rows: await monthKpis(ctx, me, input.month) };
  },

  'bonus.month': async (input, ctx) => bonusMonth(ctx, currentUser(ctx), input.month),

  'bonus.deduct': async (input, ctx) => {
    const me = currentUser(ctx);
    if (await isLocked(ctx.db, input.month))
      throw new ApiError('INVALID_STATE', `${input.month} 的奖金已审核锁定,扣款请记入下一个月。`);
    const rep = await ctx.db
      .selectFrom('users')
      .select('role')
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (rep?.role !== 'rep')
      throw new ApiError('BAD_INPUT', '只能扣减营销代表的奖金。', { userId: '请选择营销代表' });
    await ctx.db
      .insertInto('bonus_deductions')
      .values({
        user_id: input.userId,
        month: input.month,
        amount: input.amount,
        reason: input.reason,
        kind: 'manual',
        created_at: nowIso(ctx),
        created_by: me.id,
      })
      .execute();
    return bonusMonth(ctx, me, input.month);
  },

  'bonus.approve': async (input, ctx) => {
    const me = currentUser(ctx);
    const view = await bonusMonth(ctx, me, input.month);
    if (view.locked) throw new ApiError('CONFLICT', `${input.month} 的奖金已经审核过了。`);
    if (view.statements.length === 0)
      throw new ApiError('INVALID_STATE', `${input.month} 没有需要核算奖金的营销代表。`);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      // Locked inside the transaction too, so two approvals at once lock the month once.
      if (await isLocked(trx, input.month))
        throw new ApiError('CONFLICT', `${input.month} 的奖金已经审核过了。`);
      await trx
        .insertInto('bonus_statements')
        .values(
          view.statements.map((s) => ({
            user_id: s.userId,
            month: input.month,
            total: s.total,
            lines: JSON.stringify(s.lines),
            figures: JSON.stringify(s.figures),
            approved_by: me.id,
            approved_at: at,
          })),
        )
        .execute();
    });
    return bonusMonth(ctx, me, input.month);
  },

  ...bonusDocumentHandlers,
} satisfies ModuleHandlers<typeof methods>;

/** 绩效评估 and 激励: each rep's monthly KPIs, score and rank, and the bonus they earn, locked once approved. */
export const performanceModule = defineModule({
  name: 'performance',
  methods,
  handlers,
  bundleSection: performanceSection,
  migrations: [
    { version: 12, name: '012-bonus', up: m012.up },
    { version: 14, name: '014-bonus-figures', up: m014.up },
  ],
});

export { deductFine, type FineDeduction } from './fine-deductions';
