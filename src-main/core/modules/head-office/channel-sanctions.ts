import { SANCTION_LABELS, type SanctionKind } from '../../../../src-shared/domain/channel';
import type { Db } from '../../db/database';
import { type DealerAgreementStatus, nextSeq, type RefDealerRow } from '../reference';
import { type ChannelRecords, currentChannelRecords, notEnded } from './channel-sections';

/**
 * How a stop written from the offices' sanctions begins its reason. A stop head office typed
 * itself has no such start and is never lifted here.
 */
export const SANCTION_STOP_MARK = '渠道处罚:';

/** The dealer list checks a stop's reason at 200 characters. */
const REASON_MAX = 200;

const TERMINATING: readonly SanctionKind[] = ['terminate_agreement', 'revoke_distribution'];

type Sanction = ChannelRecords['sanctions'][number];

/** What the sanctions not yet ended ask of one dealer. */
export interface DealerSanctionState {
  stopFrom: string;
  reason: string;
  terminate: boolean;
}

const describe = (s: Sanction) =>
  `${SANCTION_LABELS[s.kind]} 自${s.fromDay}${s.toDay ? `至${s.toDay}` : ''}(${s.officeName}${
    s.caseId !== null ? ` 案件第 ${s.caseId} 号` : ''
  })`;

/**
 * Per dealer: shipments stop from the earliest sanction's first day (ending an agreement stops
 * shipments too), with every sanction and its case named in the reason.
 */
export function dealerSanctionStates(sanctions: readonly Sanction[]): Map<string, DealerSanctionState> {
  const byDealer = new Map<string, Sanction[]>();
  for (const s of sanctions) byDealer.set(s.dealerCode, [...(byDealer.get(s.dealerCode) ?? []), s]);
  const out = new Map<string, DealerSanctionState>();
  for (const [code, list] of byDealer) {
    const sorted = [...list].sort(
      (a, b) =>
        a.fromDay.localeCompare(b.fromDay) ||
        a.officeCode.localeCompare(b.officeCode) ||
        (a.caseId ?? 0) - (b.caseId ?? 0),
    );
    const text = SANCTION_STOP_MARK + sorted.map(describe).join(';');
    out.set(code, {
      stopFrom: sorted[0]!.fromDay,
      reason: text.length > REASON_MAX ? `${text.slice(0, REASON_MAX - 1)}…` : text,
      terminate: sorted.some((s) => TERMINATING.includes(s.kind)),
    });
  }
  return out;
}

type DealerFields = Pick<RefDealerRow, 'shipment_stop_from' | 'shipment_stop_reason' | 'agreement_status'>;

const wroteTermination = (reason: string) => TERMINATING.some((k) => reason.includes(SANCTION_LABELS[k]));

/**
 * The dealer as the sanctions leave it. A stop head office set by hand stays as it is; a stop the
 * sanctions wrote follows them, and goes, with the 已终止 they set, once none is left in force.
 */
export function sanctionedDealer(row: DealerFields, state: DealerSanctionState | undefined): DealerFields {
  const managed = row.shipment_stop_reason?.startsWith(SANCTION_STOP_MARK) ?? false;
  const restored: DealerAgreementStatus =
    managed && row.agreement_status === 'terminated' && wroteTermination(row.shipment_stop_reason!)
      ? 'active'
      : row.agreement_status;
  if (!state) {
    if (!managed) return row;
    return { shipment_stop_from: null, shipment_stop_reason: null, agreement_status: restored };
  }
  const manual = row.shipment_stop_from !== null && !managed;
  return {
    shipment_stop_from: manual ? row.shipment_stop_from : state.stopFrom,
    shipment_stop_reason: manual ? row.shipment_stop_reason : state.reason,
    agreement_status: state.terminate ? 'terminated' : restored,
  };
}

const same = (a: DealerFields, b: DealerFields) =>
  a.shipment_stop_from === b.shipment_stop_from &&
  a.shipment_stop_reason === b.shipment_stop_reason &&
  a.agreement_status === b.agreement_status;

/**
 * Writes the sanctions in force on `today` into head office's dealer list, under one new change
 * number when anything changes, so the next reference bundle (incremental or full) carries them
 * to every office's lookup. Called by the reference bundle's publish, inside its transaction.
 *
 * Done at publish rather than when a monthly bundle is imported: the dealer list then reads as the
 * sanctions stand on the day it goes out, so one whose last day has passed, or that a newer
 * revision of an office's bundle no longer carries, is lifted, which an import-time write would
 * leave in place until some later import happened to touch the dealer.
 */
export async function applyDealerSanctions(
  trx: Db,
  today: string,
  at: string,
): Promise<{ changed: string[]; seq: number | null }> {
  const records = await currentChannelRecords(trx);
  const states = dealerSanctionStates(notEnded(records.sanctions, today));
  const codes = [...states.keys()];
  const rows = await trx
    .selectFrom('ref_dealers')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('shipment_stop_reason', 'like', `${SANCTION_STOP_MARK}%`),
        ...(codes.length > 0 ? [eb('code', 'in', codes)] : []),
      ]),
    )
    .orderBy('code')
    .execute();
  let seq: number | null = null;
  const changed: string[] = [];
  for (const row of rows) {
    const next = sanctionedDealer(row, states.get(row.code));
    if (same(row, next)) continue;
    seq ??= await nextSeq(trx, at);
    await trx
      .updateTable('ref_dealers')
      .set({ ...next, seq })
      .where('code', '=', row.code)
      .execute();
    changed.push(row.code);
  }
  return { changed, seq };
}
