import { type BundleTraining, trainingSection } from '../../../../src-shared/bundle/sections';
import type { Db } from '../../db/database';

type Session = BundleTraining['sessions'][number];

/** A session as an office sent it, with the office and its rule for 请假. */
export interface HqSession extends Session {
  officeCode: string;
  officeName: string;
  period: string;
  excusedCountsAsAbsent: boolean;
}

/**
 * The sessions of every office's current bundles. A session belongs to the month of its day, but
 * one moved to another month may have gone out in both: it is kept once per office, as the
 * latest month that carried it gave it.
 */
export async function currentTrainingSessions(db: Db): Promise<HqSession[]> {
  const rows = await db
    .selectFrom('ho_bundles')
    .innerJoin('ho_bundle_sections', 'ho_bundle_sections.bundle_id', 'ho_bundles.id')
    .leftJoin('ho_offices', 'ho_offices.code', 'ho_bundles.office_code')
    .select([
      'ho_bundles.period',
      'ho_bundles.office_code as officeCode',
      'ho_offices.name as officeName',
      'ho_bundle_sections.version',
      'ho_bundle_sections.data',
    ])
    .where('ho_bundles.superseded_by', 'is', null)
    .where('ho_bundle_sections.name', '=', trainingSection.name)
    .orderBy('ho_bundles.period')
    .orderBy('ho_bundles.office_code')
    .execute();
  const sessions = new Map<string, HqSession>();
  for (const row of rows) {
    const data = trainingSection.upgrade(row.version, JSON.parse(row.data) as unknown);
    for (const s of data.sessions) {
      // Rows come oldest month first: a later month's copy replaces an earlier one.
      sessions.set(`${row.officeCode}|${s.id}`, {
        ...s,
        officeCode: row.officeCode,
        officeName: row.officeName ?? row.officeCode,
        period: row.period,
        excusedCountsAsAbsent: data.excusedCountsAsAbsent,
      });
    }
  }
  return [...sessions.values()];
}
