import { type FormDef, OPPORTUNITY_PURPOSES } from '../../../src-shared/domain/forms';
import type { Row } from './form-table-ops';

/** Where a table's rows keep an opportunity (商机) link and the purpose that allows it. */
export interface OpportunityLinkKeys {
  key: string;
  purpose: string;
}

/** The link keys of a table whose rows may name an opportunity (F01 拜访记录), else null. */
export function opportunityLinkOf(form: FormDef | undefined, tableKey: string): OpportunityLinkKeys | null {
  const c = form?.contacts;
  if (!c || c.table !== tableKey || !c.opportunity || !c.purpose) return null;
  return { key: c.opportunity, purpose: c.purpose };
}

/** Whether a row may link to an opportunity: a customer from the file and a purpose that follows one. */
export function rowMayLink(link: OpportunityLinkKeys, row: Row): boolean {
  return typeof row.customerId === 'number' && OPPORTUNITY_PURPOSES.includes(String(row[link.purpose] ?? ''));
}

/**
 * A changed row without a link that no longer holds: one whose purpose moved away from 订单跟进 and
 * 售后服务, or whose customer changed, drops it rather than keep a hidden, stale one.
 */
export function keepOpportunityLink(link: OpportunityLinkKeys | null, before: Row, after: Row): Row {
  if (!link || after[link.key] === undefined || after[link.key] === null) return after;
  if (rowMayLink(link, after) && after.customerId === before.customerId) return after;
  return { ...after, [link.key]: null };
}
