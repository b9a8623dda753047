import { sql } from 'kysely';
import type { RefDealer } from '../../../../src-shared/contract/reference';
import type { Db } from '../../db/database';
import { containsText } from '../../db/dialect';
import type { RefDealerRow } from './tables';
import { nextSeq } from './state-repo';

/** A dealer row as the API shows it. */
export function toDealer(r: RefDealerRow) {
  return {
    code: r.code,
    name: r.name,
    regionCode: r.region_code,
    agreementNo: r.agreement_no,
    agreementStatus: r.agreement_status,
    radiates: r.radiates === 1,
    shipmentStop:
      r.shipment_stop_from === null
        ? null
        : { from: r.shipment_stop_from, reason: r.shipment_stop_reason ?? '' },
    seq: r.seq,
  };
}

/** Dealers by code, of one region or all, whose code or name holds the query. */
export async function listDealers(db: Db, q: { regionCode?: string | undefined; query?: string }) {
  let query = db.selectFrom('ref_dealers').selectAll();
  if (q.regionCode) query = query.where('region_code', '=', q.regionCode);
  if (q.query) {
    const needle = q.query.toLowerCase();
    query = query.where((eb) =>
      eb.or([
        containsText(db, sql<string>`lower(code)`, needle),
        containsText(db, sql<string>`lower(name)`, needle),
      ]),
    );
  }
  return (await query.orderBy('code').execute()).map(toDealer);
}

export async function loadDealer(db: Db, code: string) {
  const row = await db.selectFrom('ref_dealers').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toDealer(row) : null;
}

const dealerValues = (d: RefDealer) => ({
  name: d.name,
  region_code: d.regionCode,
  agreement_no: d.agreementNo,
  agreement_status: d.agreementStatus,
  radiates: d.radiates ? 1 : 0,
  shipment_stop_from: d.shipmentStop?.from ?? null,
  shipment_stop_reason: d.shipmentStop?.reason ?? null,
});

/** Whether a dealer on file already reads as given. */
export function sameDealer(held: RefDealerRow | undefined, d: RefDealer): boolean {
  const values = dealerValues(d);
  return !!held && (Object.keys(values) as (keyof typeof values)[]).every((k) => held[k] === values[k]);
}

/** Writes a dealer under a change number taken by the caller for the whole write. */
export async function writeDealer(trx: Db, d: RefDealer, seq: number) {
  const values = { ...dealerValues(d), seq };
  await trx
    .insertInto('ref_dealers')
    .values({ code: d.code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
  return toDealer({ code: d.code, ...values });
}

/** Adds or updates a dealer under a new change number; a save that changes nothing writes nothing. */
export async function saveDealer(trx: Db, d: RefDealer, at: string) {
  const held = await trx.selectFrom('ref_dealers').selectAll().where('code', '=', d.code).executeTakeFirst();
  if (held && sameDealer(held, d)) return toDealer(held);
  return writeDealer(trx, d, await nextSeq(trx, at));
}
