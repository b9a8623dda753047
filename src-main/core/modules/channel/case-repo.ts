import type { CaseDetail, ChannelCase, Fine, Sanction } from '../../../../src-shared/contract/channel';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { SessionUser } from '../../handler-types';
import { toAttachment } from '../attachments';
import { describeProblem, readLog, verifyCaseLog } from './case-log';
import { dealerName, productName } from './source-lookup';
import type { ChannelCaseRow } from './tables';

/** A rep sees the cases they reported or are 当事人 of; the manager and clerk see all. */
export function maySeeCase(
  me: SessionUser,
  row: Pick<ChannelCaseRow, 'reporter_id' | 'party_id' | 'created_by'>,
) {
  return me.role !== 'rep' || [row.reporter_id, row.party_id, row.created_by].includes(me.id);
}

/** A case the caller may see, or NOT_FOUND (another rep's case is as good as absent). */
export async function requireCase(db: Db, me: SessionUser, id: number): Promise<ChannelCaseRow> {
  const row = await db.selectFrom('channel_cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !maySeeCase(me, row)) throw new ApiError('NOT_FOUND', '找不到这个案件,可能已删除或不属于您。');
  return row;
}

async function userNames(db: Db, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The API's case: the row with the names it is shown with. */
export async function toCase(db: Db, row: ChannelCaseRow): Promise<ChannelCase> {
  const names = await userNames(db, [row.reporter_id, row.party_id, row.decided_by]);
  return {
    id: row.id,
    foundOn: row.found_on,
    saleDate: row.sale_date,
    place: row.place,
    productCode: row.product_code,
    productName: await productName(db, row.product_code),
    batchNo: row.batch_no,
    cartonCode: row.carton_code,
    quantity: row.quantity,
    salePriceFen: row.sale_price_fen,
    listPriceFen: row.list_price_fen,
    belowList: row.list_price_fen !== null && row.sale_price_fen < row.list_price_fen,
    sourceDealerCode: row.source_dealer_code,
    sourceDealerName: row.source_dealer_code ? await dealerName(db, row.source_dealer_code) : null,
    sourceRegionCode: row.source_region_code,
    sourceNote: row.source_note,
    description: row.description,
    reporterId: row.reporter_id,
    reporterName: names.get(row.reporter_id) ?? '',
    partyId: row.party_id,
    partyName: row.party_id === null ? null : (names.get(row.party_id) ?? ''),
    status: row.status,
    verification: row.verification,
    decision: row.decision,
    decidedByName: row.decided_by === null ? null : (names.get(row.decided_by) ?? ''),
    decidedOn: row.decided_on,
    fineMultiple: row.fine_multiple,
  };
}

/** Fines with the fined person's name; of one case, or of the given filter's cases. */
export async function loadFines(db: Db, where: { caseId?: number; month?: string; fineId?: number }) {
  let q = db
    .selectFrom('channel_fines')
    .innerJoin('users', 'users.id', 'channel_fines.user_id')
    .selectAll('channel_fines')
    .select('users.display_name');
  if (where.caseId !== undefined) q = q.where('channel_fines.case_id', '=', where.caseId);
  if (where.month !== undefined) q = q.where('channel_fines.month', '=', where.month);
  if (where.fineId !== undefined) q = q.where('channel_fines.id', '=', where.fineId);
  const rows = await q.orderBy('channel_fines.id').execute();
  return rows.map((r): Fine => ({
    id: r.id,
    caseId: r.case_id,
    userId: r.user_id,
    userName: r.display_name,
    role: r.role,
    amountFen: r.amount_fen,
    month: r.month,
  }));
}

/** Sanctions with the dealer's name; of one case, or starting in a span of days. */
export async function loadSanctions(db: Db, where: { caseId?: number; from?: string; to?: string }) {
  let q = db.selectFrom('channel_sanctions').selectAll();
  if (where.caseId !== undefined) q = q.where('case_id', '=', where.caseId);
  if (where.from !== undefined) q = q.where('from_day', '>=', where.from);
  if (where.to !== undefined) q = q.where('from_day', '<=', where.to);
  const rows = await q.orderBy('id').execute();
  const out: Sanction[] = [];
  for (const r of rows)
    out.push({
      id: r.id,
      caseId: r.case_id,
      dealerCode: r.dealer_code,
      dealerName: await dealerName(db, r.dealer_code),
      kind: r.kind,
      fromDay: r.from_day,
      toDay: r.to_day,
      reason: r.reason,
    });
  return out;
}

/** Everything the case screen and the case file show. */
export async function loadDetail(db: Db, row: ChannelCaseRow): Promise<CaseDetail> {
  const log = await readLog(db, row.id);
  const names = await userNames(
    db,
    log.map((e) => e.by),
  );
  const files = await db
    .selectFrom('channel_case_attachments')
    .innerJoin('attachments', 'attachments.id', 'channel_case_attachments.attachment_id')
    .innerJoin('users', 'users.id', 'attachments.created_by')
    .selectAll('attachments')
    .select('users.display_name')
    .where('channel_case_attachments.case_id', '=', row.id)
    .orderBy('attachments.id')
    .execute();
  return {
    case: await toCase(db, row),
    log: log.map((e) => ({
      seq: e.seq,
      at: e.at,
      byName: names.get(e.by) ?? '',
      kind: e.kind,
      data: e.data,
      hash: e.hash,
    })),
    logProblems: (await verifyCaseLog(db, row.id)).map(describeProblem),
    attachments: files.map(toAttachment),
    fines: await loadFines(db, { caseId: row.id }),
    sanctions: await loadSanctions(db, { caseId: row.id }),
  };
}
