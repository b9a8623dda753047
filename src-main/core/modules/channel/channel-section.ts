import type { BundleChannel } from '../../../../src-shared/bundle/sections';
import type { BundleSectionHandler } from '../../handler-types';
import { loadChannelSettings } from './channel-settings';
import { loadFines, loadSanctions } from './case-repo';
import { flowDetail } from './flow-detail';

/**
 * The month's channel control for head office: cases found or decided in it (with the log head,
 * so a later rewrite of the office's record shows), fines decided, sanctions begun, and F10s.
 */
export const channelSection: BundleSectionHandler = {
  name: 'channel',
  write: async ({ db, month, first, last }): Promise<BundleChannel> => {
    const rows = await db
      .selectFrom('channel_cases')
      .leftJoin('users as reporter', 'reporter.id', 'channel_cases.reporter_id')
      .leftJoin('users as party', 'party.id', 'channel_cases.party_id')
      .selectAll('channel_cases')
      .select(['reporter.display_name as reporter_name', 'party.display_name as party_name'])
      .where((eb) =>
        eb.or([
          eb.and([eb('found_on', '>=', first), eb('found_on', '<=', last)]),
          eb.and([eb('decided_on', '>=', first), eb('decided_on', '<=', last)]),
        ]),
      )
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
      sanctions: (await loadSanctions(db, { from: first, to: last })).map((s) => ({
        caseId: s.caseId,
        dealerCode: s.dealerCode,
        kind: s.kind,
        fromDay: s.fromDay,
        toDay: s.toDay,
        reason: s.reason,
      })),
      flows: flowOut,
    };
  },
};
