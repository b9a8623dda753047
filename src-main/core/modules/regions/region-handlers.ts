import type { regionsMethods } from '../../../../src-shared/contract/regions';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { assignmentsOf, officeRegion } from './region-repo';
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

export const regionHandlers = {
  'regions.current': async (_input, ctx) => {
    currentUser(ctx);
    const region = await officeRegion(ctx.db);
    if (!region) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
    const rows = await assignmentsOf(ctx.db, region.id);
    return {
      region: regionView(region),
      memberships: rows.map((r) => ({
        userId: r.user_id,
        name: r.display_name,
        role: r.role,
        fromDay: r.from_day,
        toDay: r.to_day,
      })),
    };
  },
} satisfies Partial<ModuleHandlers<typeof regionsMethods>>;
