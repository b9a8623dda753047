import type { BundleRegions } from '../../../../src-shared/bundle/sections';
import type { BundleSectionHandler } from '../../handler-types';
import { regionView } from './region-handlers';
import { officeRegion, regionManagerOn, saveRegion } from './region-repo';

/**
 * The office's region, its manager on the month's last day and who belonged to it during the month;
 * head office keeps every region's profile.
 */
export const regionsSection: BundleSectionHandler = {
  name: 'regions',
  write: async ({ db, first, last }): Promise<BundleRegions> => {
    const region = await officeRegion(db);
    if (!region) throw new Error('the office has no region');
    const rows = await db
      .selectFrom('region_assignments')
      .select(['user_id', 'role', 'from_day', 'to_day'])
      .where('region_id', '=', region.id)
      .where('from_day', '<=', last)
      .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', first)]))
      .orderBy('from_day')
      .orderBy('id')
      .execute();
    const manager = await regionManagerOn(db, region.id, last);
    return {
      region: { ...regionView(region), managerName: manager?.display_name ?? null },
      memberships: rows.map((r) => ({
        userId: r.user_id,
        role: r.role,
        fromDay: r.from_day,
        toDay: r.to_day,
      })),
    };
  },
  receive: async (trx, bundle, data) => {
    // Head office keeps the profile; the manager's name stays in the kept section.
    const { managerName: _manager, ...region } = (data as BundleRegions).region;
    await saveRegion(trx, { ...region, code: bundle.officeCode }, bundle.at);
  },
};
