import type { regionsMethods } from '../../../../src-shared/contract/regions';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { appointManager, assignmentsOf, officeRegion, regionManagerOn, updateRegion } from './region-repo';
import type { Region } from './tables';

/** A region row as the API shows it. */
export function regionView(r: Region) {
  return {
    code: r.code,
    name: r.name,
    coverage: r.coverage,
    marketTier: r.market_tier,
    customerTypes: JSON.parse(r.customer_types) as string[],
  };
}

async function requireRegion(db: Db): Promise<Region> {
  const region = await officeRegion(db);
  if (!region) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
  return region;
}

/** The region with its manager on an office day. */
async function regionWithManager(db: Db, region: Region, day: string) {
  const manager = await regionManagerOn(db, region.id, day);
  return {
    ...regionView(region),
    id: region.id,
    managerId: manager?.user_id ?? null,
    managerName: manager?.display_name ?? null,
  };
}

export const regionHandlers = {
  'regions.current': async (_input, ctx) => {
    currentUser(ctx);
    const region = await requireRegion(ctx.db);
    const rows = await assignmentsOf(ctx.db, region.id);
    return {
      region: await regionWithManager(ctx.db, region, officeDay(ctx.now())),
      memberships: rows.map((r) => ({
        userId: r.user_id,
        name: r.display_name,
        role: r.role,
        fromDay: r.from_day,
        toDay: r.to_day,
      })),
    };
  },

  'regions.update': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    const today = officeDay(ctx.now());
    const region = await ctx.db.transaction().execute(async (trx) => {
      const region = await requireRegion(trx);
      const manager = await trx
        .selectFrom('users')
        .select(['role', 'active'])
        .where('id', '=', input.managerId)
        .executeTakeFirst();
      if (!manager || manager.role !== 'manager' || !manager.active) {
        throw new ApiError('BAD_INPUT', '区域经理须为在职的区域经理账号。', {
          managerId: '请选择在职的区域经理',
        });
      }
      await updateRegion(
        trx,
        region.id,
        {
          code: region.code,
          name: input.name,
          coverage: input.coverage,
          marketTier: input.marketTier,
          customerTypes: input.customerTypes,
        },
        at,
      );
      await appointManager(trx, {
        regionId: region.id,
        userId: input.managerId,
        day: today,
        actorId: me.id,
        at,
      });
      await writeAudit(trx, {
        actorId: me.id,
        action: 'update',
        entity: 'region',
        entityId: region.id,
        at,
        detail: input,
      });
      return requireRegion(trx);
    });
    return { region: await regionWithManager(ctx.db, region, today) };
  },
} satisfies Partial<ModuleHandlers<typeof regionsMethods>>;
