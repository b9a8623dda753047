import { channelSection } from '../../../../src-shared/bundle/sections';
import type { HqBundleChannel } from '../../../../src-shared/contract/head-office-channel';
import { CASE_STATUSES } from '../../../../src-shared/domain/channel';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { readSection } from './section-summaries';

/** One bundle's channel section in figures, as its page shows it; null when it has none. */
export async function bundleChannelSummary(db: Db, bundleId: number): Promise<HqBundleChannel | null> {
  const bundle = await db
    .selectFrom('ho_bundles')
    .select('office_code')
    .where('id', '=', bundleId)
    .executeTakeFirst();
  if (!bundle) throw new ApiError('NOT_FOUND', '找不到该数据包。');
  const section = await readSection(db, bundleId, channelSection);
  if (!section) return null;
  const c = channelSection.upgrade(section.version, section.data);
  return {
    month: c.month,
    cases: c.cases.length,
    crossRegion: c.cases.filter(
      (x) => x.sourceRegionCode !== null && x.sourceRegionCode !== bundle.office_code,
    ).length,
    byStatus: CASE_STATUSES.map((status) => ({
      status,
      count: c.cases.filter((x) => x.status === status).length,
    })).filter((s) => s.count > 0),
    fines: { count: c.fines.length, totalFen: c.fines.reduce((n, f) => n + f.amountFen, 0) },
    sanctions: c.sanctions.map((s) => ({
      dealerCode: s.dealerCode,
      kind: s.kind,
      fromDay: s.fromDay,
      toDay: s.toDay,
      caseId: s.caseId,
    })),
    flows: {
      count: c.flows.length,
      late: c.flows.filter((f) => !f.onTime).length,
      notOk: c.flows.filter((f) => !f.ok).length,
    },
    stopAdvice: c.stopAdvice.length,
  };
}
