import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from '../../db/database';
import type { CaseStatus, FineRole, SanctionKind } from '../../../../src-shared/domain/channel';

/** An F11 窜货/低价举报: what was found where, the price it sold at, where the batch came from. */
export interface ChannelCaseTable {
  id: Generated<number>;
  /** 发现日期. */
  found_on: string;
  /** The day the goods were sold at 售价; the 规定价 and the 当事人's supervisor are those of this day. */
  sale_date: string;
  place: string;
  product_code: string;
  /** 批号. */
  batch_no: string;
  /** The 产品编码/箱码 stamped on the carton, when it was read. */
  carton_code: string | null;
  quantity: number;
  sale_price_fen: number;
  /** From the price list on the sale date; null when the product had no price then. */
  list_price_fen: number | null;
  /** 疑似来源, looked up from the shipment records; null when the batch names no single dealer. */
  source_dealer_code: string | null;
  source_region_code: string | null;
  /** What the lookup found when it was not one dealer (several, or none). */
  source_note: string;
  description: string;
  reporter_id: number;
  /** 当事人: the employee who sold below the list, once known. */
  party_id: number | null;
  status: CaseStatus;
  /** 核实结果 and 处理决定, the manager's. */
  verification: string | null;
  decision: string | null;
  decided_by: number | null;
  decided_on: string | null;
  /** The multiple the fines were computed with, kept as decided. */
  fine_multiple: number | null;
  /** The log's last hash and length: a deleted last entry leaves no other trace. */
  log_head: string;
  log_count: number;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A case's append-only, hash-chained log (triggers refuse updates and deletes). */
export interface ChannelCaseLogTable {
  id: Generated<number>;
  case_id: number;
  seq: number;
  at: Timestamp;
  by: number;
  kind: string;
  /** Canonical JSON of what happened. */
  data: string;
  prev_hash: string;
  hash: string;
}

export interface ChannelCaseAttachmentTable {
  case_id: number;
  attachment_id: number;
}

/** A fine of a confirmed case on one person, as 当事人 or 直接主管. */
export interface ChannelFineTable {
  id: Generated<number>;
  case_id: number;
  user_id: number;
  role: FineRole;
  amount_fen: number;
  /** YYYY-MM the decision fell in: the bonus month a deduction would go to. */
  month: string;
  created_at: Timestamp;
}

/** A sanction on a dealer: 停止发货, 终止协议 or 取消经销资格, from a case or a missing F10. */
export interface ChannelSanctionTable {
  id: Generated<number>;
  case_id: number | null;
  dealer_code: string;
  kind: SanctionKind;
  from_day: string;
  to_day: string | null;
  reason: string;
  created_by: number;
  created_at: Timestamp;
}

/** A dealer's 商品流向单 (F10) of one month. */
export interface ChannelFlowTable {
  id: Generated<number>;
  dealer_code: string;
  month: string;
  /** The day the office received it: on time or late is judged on this. */
  submitted_on: string;
  note: string;
  entered_by: number;
  entered_at: Timestamp;
}

export interface ChannelFlowLineTable {
  flow_id: number;
  line_no: number;
  sale_date: string;
  product_code: string;
  batch_no: string;
  quantity: number;
  buyer_name: string;
  buyer_region: string;
}

declare module '../../db/database' {
  interface DB {
    channel_cases: ChannelCaseTable;
    channel_case_log: ChannelCaseLogTable;
    channel_case_attachments: ChannelCaseAttachmentTable;
    channel_fines: ChannelFineTable;
    channel_sanctions: ChannelSanctionTable;
    channel_flows: ChannelFlowTable;
    channel_flow_lines: ChannelFlowLineTable;
  }
}

export type ChannelCaseRow = Selectable<ChannelCaseTable>;
export type ChannelCaseLogRow = Selectable<ChannelCaseLogTable>;
export type ChannelFineRow = Selectable<ChannelFineTable>;
export type ChannelSanctionRow = Selectable<ChannelSanctionTable>;
export type ChannelFlowRow = Selectable<ChannelFlowTable>;
export type ChannelFlowLineRow = Selectable<ChannelFlowLineTable>;
