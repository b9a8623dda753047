import { type StopAdvice, stopShipmentAdvice } from '../../../../src-shared/domain/channel';
import type { Db } from '../../db/database';
import { requireOffice } from '../office';

/** The region's dealers under an agreement, with the day each handed in its F10 of the month. */
export async function f10Dealers(db: Db, month: string) {
  const office = await requireOffice(db);
  const rows = await db
    .selectFrom('ref_dealers')
    .leftJoin('channel_flows', (j) =>
      j.onRef('channel_flows.dealer_code', '=', 'ref_dealers.code').on('channel_flows.month', '=', month),
    )
    .select([
      'ref_dealers.code',
      'ref_dealers.name',
      'ref_dealers.radiates',
      'channel_flows.id as flow_id',
      'channel_flows.submitted_on',
    ])
    .where('ref_dealers.region_code', '=', office.region_code)
    .where('ref_dealers.agreement_status', '<>', 'terminated')
    .orderBy('ref_dealers.code')
    .execute();
  return rows.map((d) => ({
    code: d.code,
    name: d.name,
    radiates: d.radiates === 1,
    flowId: d.flow_id ?? null,
    submittedOn: d.submitted_on ?? null,
  }));
}

/** 建议停止发货 of a month as the office's F10 screen shows it on a day. */
export async function monthStopAdvice(
  db: Db,
  month: string,
  dueDay: number,
  today: string,
): Promise<StopAdvice[]> {
  return stopShipmentAdvice({ month, dueDay, today, dealers: await f10Dealers(db, month) });
}
