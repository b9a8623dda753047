import type { BundleChannel } from '../../../../src-shared/bundle/sections';
import { f10DueDate } from '../../../../src-shared/domain/channel';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import type { BundleSectionHandler } from '../../handler-types';
import { loadChannelSettings } from './channel-settings';
import { loadFines, loadSanctions } from './case-repo';
import { flowDetail } from './flow-detail';
import { monthStopAdvice } from './stop-advice';

type Db = Parameters<BundleSectionHandler['write']>[0]['db'];

/** Whether a UTC instant falls on an office day of [first, last]. */
const onOfficeDays = (at: string, first: string, last: string) => {
  const day = officeDay(new Date(at));
  return day >= first && day <= last;
};

/** Ids of the cases whose log has an entry on an office day of [first, last]. */
async function casesTouched(db: Db, first: string, last: string) {
  // The log keeps UTC instants; a day either side catches the office's day boundary, then each
  // entry is placed on its office day.
  const rows = await db
    .selectFrom('channel_case_log')
    .select(['case_id', 'at'])
    .where('at', '>=', addDays(first, -1))
    .where('at', '<', addDays(last, 2))
    .execute();
  return [...new Set(rows.filter((r) => onOfficeDays(r.at, first, last)).map((r) => r.case_id))];
}

/**
 * The month's channel control for head office: every case that changed in it (found, verified,
 * decided, closed, evidence added), with the log head so a later rewrite of the office's record
 * shows; fines decided; sanctions decided or begun; F10s; and 建议停止发货 as of the export. A case closed a month after its
 * decision so reaches head office in its closed state.
 */
export const channelSection: BundleSectionHandler = {
  name: 'channel',
  write: async ({ db, month, first, last, exportedAt }): Promise<BundleChannel> => {
    const touched = await casesTouched(db, first, last);
    const decidedHere = new Set(
      (
        await db
          .selectFrom('channel_sanctions')
          .select(['id', 'created_at'])
          .where('created_at', '>=', addDays(first, -1))
          .where('created_at', '<', addDays(last, 2))
          .execute()
      )
        .filter((r) => onOfficeDays(r.created_at, first, last))
        .map((r) => r.id),
    );
    const rows = await db
      .selectFrom('channel_cases')
      .leftJoin('users as reporter', 'reporter.id', 'channel_cases.reporter_id')
      .leftJoin('users as party', 'party.id', 'channel_cases.party_id')
      .selectAll('channel_cases')
      .select(['reporter.display_name as reporter_name', 'party.display_name as party_name'])
      .where((eb) => {
        const found = eb.and([eb('found_on', '>=', first), eb('found_on', '<=', last)]);
        const decided = eb.and([eb('decided_on', '>=', first), eb('decided_on', '<=', last)]);
        return touched.length > 0
          ? eb.or([found, decided, eb('channel_cases.id', 'in', touched)])
          : eb.or([found, decided]);
      })
      .orderBy('channel_cases.id')
      .execute();
    const { f10DueDay } = await loadChannelSettings(db);
    const flows = await db
      .selectFrom('channel_flows')
      .selectAll()
      .where('month', '=', month)
      .orderBy('dealer_code')
      .execute();
    const flowOut: BundleChannel['flows'] = [];
    for (const f of flows) {
      const detail = await flowDetail(db, f, f10DueDay);
      flowOut.push({
        dealerCode: f.dealer_code,
        submittedOn: f.submitted_on,
        onTime: detail.onTime,
        lines: detail.lines.length,
        quantity: detail.lines.reduce((s, l) => s + l.quantity, 0),
        ok: detail.ok,
      });
    }
    const dueOn = f10DueDate(month, f10DueDay);
    const advice = await monthStopAdvice(db, month, f10DueDay, officeDay(new Date(exportedAt)));
    const submitted = new Map(flows.map((f) => [f.dealer_code, f.submitted_on]));
    return {
      month,
      cases: rows.map((r) => ({
        id: r.id,
        foundOn: r.found_on,
        saleDate: r.sale_date,
        place: r.place.slice(0, 100),
        productCode: r.product_code,
        batchNo: r.batch_no,
        quantity: r.quantity,
        salePriceFen: r.sale_price_fen,
        listPriceFen: r.list_price_fen,
        sourceDealerCode: r.source_dealer_code,
        sourceRegionCode: r.source_region_code,
        reporterName: (r.reporter_name ?? '').slice(0, 50),
        partyName: r.party_name?.slice(0, 50) ?? null,
        status: r.status,
        verification: r.verification,
        decision: r.decision,
        decidedOn: r.decided_on,
        fineMultiple: r.fine_multiple,
        logHead: r.log_head,
        logCount: r.log_count,
      })),
      fines: (await loadFines(db, { month })).map((f) => ({
        caseId: f.caseId,
        userId: f.userId,
        userName: f.userName.slice(0, 50),
        role: f.role,
        amountFen: f.amountFen,
      })),
      // Begun this month, or decided this month (even if dated earlier or later): head office
      // learns of a sanction in the bundle of the month it was decided at the latest.
      sanctions: (await loadSanctions(db, {}))
        .filter((x) => (x.fromDay >= first && x.fromDay <= last) || decidedHere.has(x.id))
        .map((s) => ({
          caseId: s.caseId,
          dealerCode: s.dealerCode,
          kind: s.kind,
          fromDay: s.fromDay,
          toDay: s.toDay,
          reason: s.reason,
        })),
      flows: flowOut,
      stopAdvice: advice.map((a) => ({
        dealerCode: a.code,
        dealerName: a.name.slice(0, 100),
        reason: a.state,
        submittedOn: a.state === 'late' ? (submitted.get(a.code) ?? null) : null,
        dueOn,
      })),
    };
  },
};
