import type { ReportVersionEntry } from '../../../../src-shared/contract';
import type { Db } from '../../db/database';

/** The history of each report from its first submission on, oldest first, as the bundle carries it. */
export async function versionEntriesOf(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, ReportVersionEntry[]>> {
  const byReport = new Map<number, ReportVersionEntry[]>();
  if (ids.length === 0) return byReport;
  const rows = await db
    .selectFrom('report_versions')
    .innerJoin('users', 'users.id', 'report_versions.actor_id')
    .select([
      'report_versions.report_id',
      'report_versions.version',
      'report_versions.action',
      'report_versions.status',
      'report_versions.at',
      'report_versions.comment',
      'report_versions.actor_id',
      'users.display_name',
    ])
    .where('report_versions.report_id', 'in', [...ids])
    .orderBy('report_versions.report_id')
    .orderBy('report_versions.version')
    .execute();
  for (const v of rows) {
    const list = byReport.get(v.report_id) ?? [];
    list.push({
      version: v.version,
      action: v.action,
      status: v.status,
      at: v.at,
      actor: { id: v.actor_id, name: v.display_name },
      comment: v.comment,
    });
    byReport.set(v.report_id, list);
  }
  return byReport;
}
