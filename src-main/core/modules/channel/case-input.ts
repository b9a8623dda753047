import type { z } from 'zod';
import type { caseFields } from '../../../../src-shared/contract/channel';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { SessionUser } from '../../handler-types';
import { priceOn } from '../reference';
import { lookupSource } from './source-lookup';

export type CaseFields = z.output<typeof caseFields>;

/** The case's facts as stored: the checked input with the looked-up 规定价 and 疑似来源. */
export interface CaseFacts {
  found_on: string;
  sale_date: string;
  place: string;
  product_code: string;
  batch_no: string;
  carton_code: string | null;
  quantity: number;
  sale_price_fen: number;
  list_price_fen: number | null;
  source_dealer_code: string | null;
  source_region_code: string | null;
  source_note: string;
  description: string;
  reporter_id: number;
  party_id: number | null;
}

const bad = (field: string, message: string) => new ApiError('BAD_INPUT', message, { [field]: message });

/** A person who can be 当事人: an active rep or manager. */
export async function checkParty(db: Db, partyId: number): Promise<void> {
  const u = await db
    .selectFrom('users')
    .select(['role', 'active'])
    .where('id', '=', partyId)
    .executeTakeFirst();
  if (!u || u.active !== 1 || u.role === 'clerk')
    throw bad('partyId', '当事人须为本办事处在职的营销代表或区域经理。');
}

/**
 * Checks an F11's input against the office's data and looks up what the reporter does not type:
 * the 规定价 on the sale date and the 疑似来源 of the batch. Throws BAD_INPUT naming the field.
 */
export async function caseFacts(db: Db, me: SessionUser, input: CaseFields, now: Date): Promise<CaseFacts> {
  const today = officeDay(now);
  const saleDate = input.saleDate ?? input.foundOn;
  if (input.foundOn > today) throw bad('foundOn', '发现日期不能晚于今天。');
  if (saleDate > input.foundOn) throw bad('saleDate', '销售日期不能晚于发现日期。');
  const reporterId = input.reporterId ?? me.id;
  // A rep reports in their own name; the clerk types in a rep's paper form under the rep's name.
  if (me.role === 'rep' && reporterId !== me.id) throw bad('reporterId', '营销代表只能以自己的名义举报。');
  const reporter = await db
    .selectFrom('users')
    .select('active')
    .where('id', '=', reporterId)
    .executeTakeFirst();
  if (!reporter || reporter.active !== 1) throw bad('reporterId', '举报人须为本办事处在职人员。');
  if (input.partyId !== undefined) await checkParty(db, input.partyId);
  const product = await db
    .selectFrom('ref_products')
    .select('code')
    .where('code', '=', input.productCode)
    .executeTakeFirst();
  if (!product)
    throw bad('productCode', `产品编码“${input.productCode}”不在总部产品目录中,请核对纸箱上的编码。`);
  const source = await lookupSource(db, {
    productCode: input.productCode,
    batchNo: input.batchNo,
    cartonCode: input.cartonCode ?? null,
  });
  return {
    found_on: input.foundOn,
    sale_date: saleDate,
    place: input.place,
    product_code: input.productCode,
    batch_no: input.batchNo,
    carton_code: input.cartonCode ?? null,
    quantity: input.quantity,
    sale_price_fen: input.salePriceFen,
    list_price_fen: await priceOn(db, input.productCode, saleDate),
    source_dealer_code: source.dealerCode,
    source_region_code: source.regionCode,
    source_note: source.note,
    description: input.description,
    reporter_id: reporterId,
    party_id: input.partyId ?? null,
  };
}

/** The facts that changed, old and new, for the log. */
export function changedFacts(before: CaseFacts, after: CaseFacts): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const k of Object.keys(after) as (keyof CaseFacts)[]) {
    if (before[k] !== after[k]) out[k] = [before[k], after[k]];
  }
  return out;
}
