import type { BundleRegions } from '../../../../src-shared/bundle/sections';
import type { BundleSectionHandler } from '../../handler-types';
import { regionView } from './region-handlers';
import { officeRegion, saveRegion } from './region-repo';

/** The office's region and who belonged to it during the month; head office keeps every region's profile. */
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
    return {
      region: regionView(region),
      memberships: rows.map((r) => ({
        userId: r.user_id,
        role: r.role,
        fromDay: r.from_day,
        toDay: r.to_day,
      })),
    };
  },
  receive: async (trx, bundle, data) => {
    const { region } = data as BundleRegions;
    await saveRegion(trx, { ...region, code: bundle.officeCode }, bundle.at);
  },
};
