import type { TargetView, targetsMethods } from '../../../../src-shared/contract/targets';
import {
  quartersOf,
  regionGap,
  splitAnnualTarget,
  type SplitMethod,
  toFen,
  toYuan,
} from '../../../../src-shared/domain/performance';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { officeRegion } from '../regions';
import { officialFigures } from '../sales';
import type { SalesTarget } from './tables';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The sum of amounts in 元, added in 分. */
const total = (amounts: readonly number[]) => toYuan(amounts.reduce((a, b) => a + toFen(b), 0));

/** Every version's twelve months of the targets given: target id -> version -> amounts. */
async function monthsOf(db: Db, ids: number[]): Promise<Map<number, Map<number, number[]>>> {
  const out = new Map<number, Map<number, number[]>>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('sales_target_months').selectAll().where('target_id', 'in', ids).execute();
  for (const r of rows) {
    const versions = out.get(r.target_id) ?? new Map<number, number[]>();
    const months = versions.get(r.version) ?? Array<number>(12).fill(0);
    months[r.month - 1] = r.amount;
    versions.set(r.version, months);
    out.set(r.target_id, versions);
  }
  return out;
}

/** The targets given, as the API shows them: current months, quarters and the whole history. */
export async function views(db: Db, targets: SalesTarget[]): Promise<TargetView[]> {
  const ids = targets.map((t) => t.id);
  const months = await monthsOf(db, ids);
  const versions =
    ids.length === 0
      ? []
      : await db
          .selectFrom('sales_target_versions')
          .innerJoin('users', 'users.id', 'sales_target_versions.approved_by')
          .select([
            'sales_target_versions.target_id',
            'sales_target_versions.version',
            'sales_target_versions.quarter',
            'sales_target_versions.reason',
            'sales_target_versions.requested_by',
            'sales_target_versions.at',
            'users.display_name as approver',
          ])
          .where('sales_target_versions.target_id', 'in', ids)
          .orderBy('sales_target_versions.version')
          .execute();
  const userIds = targets.flatMap((t) => (t.user_id === null ? [] : [t.user_id]));
  const names = new Map(
    userIds.length === 0
      ? []
      : (
          await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
        ).map((u) => [u.id, u.display_name]),
  );
  const region = await officeRegion(db);
  return targets.map((t) => {
    const byVersion = months.get(t.id) ?? new Map<number, number[]>();
    const history = versions
      .filter((v) => v.target_id === t.id)
      .map((v) => {
        const now = byVersion.get(v.version) ?? Array<number>(12).fill(0);
        const before = byVersion.get(v.version - 1);
        const part = (m: number[]) => (v.quarter === null ? m : m.slice((v.quarter - 1) * 3, v.quarter * 3));
        return {
          version: v.version,
          quarter: v.quarter,
          oldAmount: before ? total(part(before)) : null,
          newAmount: total(part(now)),
          reason: v.reason,
          requestedBy: v.requested_by,
          approvedBy: v.approver,
          at: v.at,
        };
      });
    const version = history.at(-1)?.version ?? 1;
    const current = byVersion.get(version) ?? Array<number>(12).fill(0);
    return {
      id: t.id,
      year: t.year,
      scope: t.scope,
      userId: t.user_id,
      name: t.user_id === null ? (region?.name ?? '本区域') : (names.get(t.user_id) ?? `#${t.user_id}`),
      metric: t.metric,
      method: t.method,
      annual: total(current),
      months: current,
      quarters: quartersOf(current),
      version,
      history,
    };
  });
}

export async function targetsOfYear(db: Db, year: number): Promise<SalesTarget[]> {
  return db
    .selectFrom('sales_targets')
    .selectAll()
    .where('year', '=', year)
    .orderBy('scope')
    .orderBy('user_id')
    .orderBy('metric', 'desc')
    .execute();
}

/**
 * Last year's official monthly amounts of a metric, for a split by last year's shares: one rep's,
 * or the whole office's reps for the region.
 */
async function lastYearMonths(db: Db, year: number, metric: 'sales' | 'collection', userId: number | null) {
  const months = MONTHS.map((m) => `${year - 1}-${String(m).padStart(2, '0')}`);
  const figures = await officialFigures(db, months, { roles: ['rep'] });
  return months.map((month) =>
    figures
      .filter((f) => f.month === month && (userId === null || f.userId === userId))
      .reduce((sum, f) => sum + ((metric === 'sales' ? f.salesActual : f.collectionActual) ?? 0), 0),
  );
}

/** Adds a version of a target with its twelve months, in the caller's transaction. */
async function addVersion(
  trx: Db,
  targetId: number,
  v: {
    version: number;
    quarter: number | null;
    reason: string;
    requestedBy: string;
    approvedBy: number;
    at: string;
  },
  months: readonly number[],
): Promise<void> {
  await trx
    .insertInto('sales_target_versions')
    .values({
      target_id: targetId,
      version: v.version,
      quarter: v.quarter,
      reason: v.reason,
      requested_by: v.requestedBy,
      approved_by: v.approvedBy,
      at: v.at,
    })
    .execute();
  await trx
    .insertInto('sales_target_months')
    .values(months.map((amount, i) => ({ target_id: targetId, version: v.version, month: i + 1, amount })))
    .execute();
}

async function currentVersion(db: Db, targetId: number): Promise<number> {
  const row = await db
    .selectFrom('sales_target_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('target_id', '=', targetId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

export const targetHandlers = {
  'targets.year': async (input, ctx) => {
    currentUser(ctx);
    const targets = await views(ctx.db, await targetsOfYear(ctx.db, input.year));
    const gaps = (['sales', 'collection'] as const).flatMap((metric) => {
      const region = targets.find((t) => t.scope === 'region' && t.metric === metric);
      if (!region) return [];
      const reps = targets.filter((t) => t.scope === 'rep' && t.metric === metric).map((t) => t.annual);
      return [{ metric, gap: regionGap(region.annual, reps) }];
    });
    return { year: input.year, targets, gaps };
  },

  'targets.set': async (input, ctx) => {
    const actor = currentUser(ctx);
    const userId = input.scope === 'rep' ? input.userId! : null;
    if (userId !== null) {
      const user = await ctx.db
        .selectFrom('users')
        .select(['role'])
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!user) throw new ApiError('NOT_FOUND', '找不到这位营销代表。', { userId: '找不到这位营销代表' });
      if (user.role !== 'rep')
        throw new ApiError('BAD_INPUT', '个人销售目标只设给营销代表。', { userId: '请选择营销代表' });
    }
    const method: SplitMethod = input.method;
    let months: number[];
    try {
      const basis =
        method === 'lastYear'
          ? await lastYearMonths(ctx.db, input.year, input.metric, userId)
          : method === 'typed'
            ? (input.months ?? [])
            : [];
      months = splitAnnualTarget(input.annual, method, basis);
    } catch (err) {
      if (err instanceof RangeError)
        throw new ApiError('BAD_INPUT', `${err.message}。`, { months: err.message });
      throw err;
    }
    const at = nowIso(ctx);
    const id = await ctx.db.transaction().execute(async (trx) => {
      let existing = trx
        .selectFrom('sales_targets')
        .selectAll()
        .where('year', '=', input.year)
        .where('metric', '=', input.metric)
        .where('scope', '=', input.scope);
      existing =
        userId === null ? existing.where('user_id', 'is', null) : existing.where('user_id', '=', userId);
      const found = await existing.executeTakeFirst();
      const targetId =
        found?.id ??
        Number(
          (
            await trx
              .insertInto('sales_targets')
              .values({
                year: input.year,
                scope: input.scope,
                user_id: userId,
                metric: input.metric,
                method,
                created_at: at,
                created_by: actor.id,
              })
              .executeTakeFirstOrThrow()
          ).insertId,
        );
      if (found) await trx.updateTable('sales_targets').set({ method }).where('id', '=', targetId).execute();
      const version = (await currentVersion(trx, targetId)) + 1;
      await addVersion(
        trx,
        targetId,
        {
          version,
          quarter: null,
          reason: found ? '重新设定年度目标' : '设定年度目标',
          requestedBy: actor.displayName,
          approvedBy: actor.id,
          at,
        },
        months,
      );
      return targetId;
    });
    const target = await ctx.db
      .selectFrom('sales_targets')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return (await views(ctx.db, [target]))[0]!;
  },

  'targets.adjust': async (input, ctx) => {
    const actor = currentUser(ctx);
    const target = await ctx.db
      .selectFrom('sales_targets')
      .selectAll()
      .where('id', '=', input.targetId)
      .executeTakeFirst();
    if (!target) throw new ApiError('NOT_FOUND', '找不到这个销售目标,请刷新后再试。');
    await ctx.db.transaction().execute(async (trx) => {
      const version = await currentVersion(trx, target.id);
      if (version !== input.version)
        throw new ApiError('CONFLICT', '这个目标刚被调整过,请刷新后再做季度调整。');
      const months = [
        ...((await monthsOf(trx, [target.id])).get(target.id)?.get(version) ?? Array<number>(12).fill(0)),
      ];
      const start = (input.quarter - 1) * 3;
      const unchanged = input.months.every((m, i) => toFen(m) === toFen(months[start + i]!));
      if (unchanged)
        throw new ApiError('BAD_INPUT', '调整后的金额与现在相同,无需调整。', { months: '金额未改变' });
      input.months.forEach((m, i) => (months[start + i] = toYuan(toFen(m))));
      await addVersion(
        trx,
        target.id,
        {
          version: version + 1,
          quarter: input.quarter,
          reason: input.reason,
          requestedBy: input.requestedBy,
          approvedBy: actor.id,
          at: nowIso(ctx),
        },
        months,
      );
    });
    return (await views(ctx.db, [target]))[0]!;
  },
} satisfies Partial<ModuleHandlers<typeof targetsMethods>>;
