import { type BundleChannel, channelSection } from '../../../../src-shared/bundle/sections';
import type { Db } from '../../db/database';

type Case = BundleChannel['cases'][number];
type Fine = BundleChannel['fines'][number];
type Sanction = BundleChannel['sanctions'][number];
type StopAdvice = BundleChannel['stopAdvice'][number];

/** Who sent a record: the office, and the bundle (month and revision) it came in. */
export interface ChannelOrigin {
  bundleId: number;
  period: string;
  officeCode: string;
  officeName: string;
}

export interface ChannelRecords {
  cases: (Case & ChannelOrigin)[];
  fines: (Fine & ChannelOrigin)[];
  sanctions: (Sanction & ChannelOrigin)[];
  /** Each current bundle's 建议停止发货, with the month it was written for. */
  stopAdvice: (StopAdvice & ChannelOrigin & { month: string })[];
}

/**
 * The channel sections of every office's current bundles, merged. An office sends a case with the
 * month it was found and again with the month it was decided, so a case (and each fine and
 * sanction) is kept once per office, in its state from the latest month that carried it.
 * 建议停止发货 is kept per office and month, as each month's current bundle gave it.
 */
export async function currentChannelRecords(db: Db): Promise<ChannelRecords> {
  const rows = await db
    .selectFrom('ho_bundles')
    .innerJoin('ho_bundle_sections', 'ho_bundle_sections.bundle_id', 'ho_bundles.id')
    .leftJoin('ho_offices', 'ho_offices.code', 'ho_bundles.office_code')
    .select([
      'ho_bundles.id as bundleId',
      'ho_bundles.period',
      'ho_bundles.office_code as officeCode',
      'ho_offices.name as officeName',
      'ho_bundle_sections.version',
      'ho_bundle_sections.data',
    ])
    .where('ho_bundles.superseded_by', 'is', null)
    .where('ho_bundle_sections.name', '=', channelSection.name)
    .orderBy('ho_bundles.period')
    .orderBy('ho_bundles.office_code')
    .execute();
  const cases = new Map<string, Case & ChannelOrigin>();
  const fines = new Map<string, Fine & ChannelOrigin>();
  const sanctions = new Map<string, Sanction & ChannelOrigin>();
  const stopAdvice: ChannelRecords['stopAdvice'] = [];
  for (const row of rows) {
    const data = channelSection.upgrade(row.version, JSON.parse(row.data) as unknown);
    const origin: ChannelOrigin = {
      bundleId: row.bundleId,
      period: row.period,
      officeCode: row.officeCode,
      officeName: row.officeName ?? row.officeCode,
    };
    // Rows come oldest month first: a later month's copy replaces an earlier one.
    for (const c of data.cases) cases.set(`${row.officeCode}|${c.id}`, { ...c, ...origin });
    for (const f of data.fines)
      fines.set(`${row.officeCode}|${f.caseId}|${f.userId}|${f.role}`, { ...f, ...origin });
    for (const s of data.sanctions)
      sanctions.set(`${row.officeCode}|${s.caseId ?? ''}|${s.dealerCode}|${s.kind}|${s.fromDay}`, {
        ...s,
        ...origin,
      });
    // Advice belongs to its month: one current bundle per office and month, nothing to merge.
    for (const a of data.stopAdvice) stopAdvice.push({ ...a, ...origin, month: data.month });
  }
  return {
    cases: [...cases.values()],
    fines: [...fines.values()],
    sanctions: [...sanctions.values()],
    stopAdvice,
  };
}

/** Sanctions whose last day has not passed (an open-ended one never ends). */
export function notEnded<S extends { toDay: string | null }>(sanctions: readonly S[], today: string): S[] {
  return sanctions.filter((s) => s.toDay === null || s.toDay >= today);
}
