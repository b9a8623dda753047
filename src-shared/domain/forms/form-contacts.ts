import type { FormDef } from './form-def';

/** A contact with a customer that a report records: one visit row, or one joint visit. */
export interface ReportContact {
  /** Position in the report: the row of the visit table, or 0 for a whole-form contact. */
  rowIndex: number;
  kind: 'visit' | 'jointVisit';
  /** The customer's id when it was picked from the customer file. */
  customerId: number | null;
  customerName: string;
  /** 拜访方式 (现场/电话/…); a joint visit is 协访. */
  mode: string;
  purpose: string;
  /** 洽谈内容及结果: what came of it; '' for a form that records none. */
  result: string;
  nextVisit: string | null;
  /** The opportunity (商机) the contact served, kept only for a purpose in OPPORTUNITY_PURPOSES. */
  opportunityId: number | null;
  /** Who else was there, e.g. the rep on a manager's joint visit. */
  withPersonId: number | null;
}

const JOINT_VISIT_MODE = '协访';

/** The visit purposes that follow an opportunity (商机), so a visit row may link to one. */
export const OPPORTUNITY_PURPOSES: readonly string[] = ['订单跟进', '售后服务'];

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function positiveInt(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/**
 * The customer contacts a report's data records, as its form declares them; rows without a
 * customer name are left out (an empty row on an unfinished form).
 */
export function contactsOf(form: FormDef, data: Record<string, unknown>): ReportContact[] {
  const rule = form.contacts;
  if (!rule) return [];
  const records: Record<string, unknown>[] = rule.table
    ? (Array.isArray(data[rule.table]) ? (data[rule.table] as unknown[]) : []).map((r) =>
        r && typeof r === 'object' ? (r as Record<string, unknown>) : {},
      )
    : [data];
  const out: ReportContact[] = [];
  records.forEach((r, i) => {
    const customerName = text(r[rule.customer]);
    if (!customerName) return;
    const purpose = rule.purpose ? text(r[rule.purpose]) : '';
    out.push({
      rowIndex: i,
      kind: rule.kind,
      customerId: positiveInt(r.customerId),
      customerName,
      mode: rule.mode ? text(r[rule.mode]) : rule.kind === 'jointVisit' ? JOINT_VISIT_MODE : '',
      purpose,
      result: rule.result ? text(r[rule.result]) : '',
      nextVisit: rule.nextVisit ? text(r[rule.nextVisit]) || null : null,
      // A link left behind when the purpose changed to 回款 or 客情维护 no longer holds.
      opportunityId:
        rule.opportunity && OPPORTUNITY_PURPOSES.includes(purpose) ? positiveInt(r[rule.opportunity]) : null,
      withPersonId: rule.withPerson ? positiveInt(r[rule.withPerson]) : null,
    });
  });
  return out;
}
