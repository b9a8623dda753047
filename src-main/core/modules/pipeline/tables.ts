import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from '../../db/database';

export type OpportunityStatus = 'open' | 'won' | 'lost';
export type OpportunityEventKind = 'created' | 'moved' | 'override' | 'won' | 'lost' | 'reopened' | 'edited';

/** An opportunity (商机) in the office's sales process. */
export interface OpportunityTable {
  id: Generated<number>;
  customer_id: number;
  title: string;
  product_line: string;
  /** 预计金额 in 分, so sums are exact. */
  amount: number;
  expected_close: string;
  owner_id: number;
  /** A stage key of the pipeline setting. */
  stage: string;
  /** The office day it entered its stage; days in stage count from here. */
  stage_since: string;
  status: OpportunityStatus;
  closed_reason: string | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
  created_by: number;
  updated_at: Timestamp;
  updated_by: number;
}

/** An SOP item as done for one opportunity; no row means not done. */
export interface OpportunityCheckTable {
  opportunity_id: number;
  stage: string;
  item: string;
  done: 0 | 1;
  evidence_number: string | null;
  attachment_id: number | null;
  done_at: Timestamp | null;
  done_by: number | null;
}

/** An opportunity's history; an override keeps what was missing so the manager's word can be read later. */
export interface OpportunityEventTable {
  id: Generated<number>;
  opportunity_id: number;
  kind: OpportunityEventKind;
  from_stage: string | null;
  to_stage: string | null;
  reason: string | null;
  /** JSON array of the missing items' descriptions. */
  missing: string;
  by: number;
  at: Timestamp;
}

/** Which evidence files were attached to which opportunity, so a tick can only cite its own. */
export interface OpportunityAttachmentTable {
  opportunity_id: number;
  attachment_id: number;
}

declare module '../../db/database' {
  interface DB {
    opportunities: OpportunityTable;
    opportunity_checks: OpportunityCheckTable;
    opportunity_events: OpportunityEventTable;
    opportunity_attachments: OpportunityAttachmentTable;
  }
}

export type OpportunityRow = Selectable<OpportunityTable>;
export type OpportunityCheckRow = Selectable<OpportunityCheckTable>;
export type OpportunityEventRow = Selectable<OpportunityEventTable>;
