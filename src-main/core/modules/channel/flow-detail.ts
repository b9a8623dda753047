import type { FlowDetail } from '../../../../src-shared/contract/channel';
import { f10DueDate, reconcileFlow } from '../../../../src-shared/domain/channel';
import type { Db } from '../../db/database';
import type { ChannelFlowRow } from './tables';

/** A stored F10 with its reconciliation against the shipments to the dealer up to the month's end. */
export async function flowDetail(db: Db, flow: ChannelFlowRow, dueDay: number): Promise<FlowDetail> {
  const dealer = await db
    .selectFrom('ref_dealers')
    .selectAll()
    .where('code', '=', flow.dealer_code)
    .executeTakeFirstOrThrow();
  const lines = await db
    .selectFrom('channel_flow_lines')
    .selectAll()
    .where('flow_id', '=', flow.id)
    .orderBy('line_no')
    .execute();
  const monthEnd = `${flow.month}-31`;
  const shipped = await db
    .selectFrom('ref_shipments')
    .select(['product_code', 'batch_no', 'quantity'])
    .where('dealer_code', '=', flow.dealer_code)
    .where('ship_date', '<=', monthEnd)
    .execute();
  const prior = await db
    .selectFrom('channel_flow_lines')
    .innerJoin('channel_flows', 'channel_flows.id', 'channel_flow_lines.flow_id')
    .select(['channel_flow_lines.product_code', 'channel_flow_lines.batch_no', 'channel_flow_lines.quantity'])
    .where('channel_flows.dealer_code', '=', flow.dealer_code)
    .where('channel_flows.month', '<', flow.month)
    .execute();
  const asBatch = (r: { product_code: string; batch_no: string; quantity: number }) => ({
    productCode: r.product_code,
    batchNo: r.batch_no,
    quantity: r.quantity,
  });
  const flowLines = lines.map((l) => ({
    ...asBatch(l),
    buyerName: l.buyer_name,
    buyerRegion: l.buyer_region,
  }));
  const result = reconcileFlow({
    dealerRegion: dealer.region_code,
    shipped: shipped.map(asBatch),
    priorFlowed: prior.map(asBatch),
    lines: flowLines,
  });
  const due = f10DueDate(flow.month, dueDay);
  return {
    id: flow.id,
    dealerCode: dealer.code,
    dealerName: dealer.name,
    dealerRegion: dealer.region_code,
    month: flow.month,
    submittedOn: flow.submitted_on,
    due,
    onTime: flow.submitted_on <= due,
    note: flow.note,
    lines: lines.map((l, i) => ({
      lineNo: l.line_no,
      saleDate: l.sale_date,
      productCode: l.product_code,
      batchNo: l.batch_no,
      quantity: l.quantity,
      buyerName: l.buyer_name,
      buyerRegion: l.buyer_region,
      outOfRegion: result.outOfRegion.includes(i),
    })),
    batches: result.batches,
    ok: result.ok,
  };
}
