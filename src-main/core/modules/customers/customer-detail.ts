import type { CustomerDetail } from '../../../../src-shared/contract/customers';
import { contactDueDay, contactState, intervalOf } from '../../../../src-shared/domain/customers';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { loadContactSettings } from './contact-settings';
import { customerTimeline } from './contact-repo';
import { loadCustomer } from './customer-repo';
import { ownerSpans } from './owner-repo';

/** Where a customer stands for regular contact today; null for one that is not reminded. */
function standing(
  c: {
    status: string;
    ownerId: number | null;
    grade: string;
    filedAt: string;
    lastContact: string | null;
    merged: boolean;
  },
  settings: Awaited<ReturnType<typeof loadContactSettings>>,
  today: string,
) {
  const interval = intervalOf(settings, c.grade);
  if (c.merged || c.status === '流失' || c.ownerId === null || interval === null)
    return { dueDay: null, state: null };
  const dueDay = contactDueDay(c.lastContact, officeDay(new Date(c.filedAt)), interval);
  return { dueDay, state: contactState(today, dueDay, settings.warnDays) };
}

/** A customer's page: owners, timeline, last contact, next planned visit and due day as of `today`. */
export async function customerDetail(db: Db, id: number, today: string) {
  const customer = await loadCustomer(db, id);
  if (!customer) throw new ApiError('NOT_FOUND', '找不到此客户,可能已被删除。');
  const [row, settings, owners, timeline, merged] = await Promise.all([
    db
      .selectFrom('customers')
      .select(['created_at', 'merged_into'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow(),
    loadContactSettings(db),
    ownerSpans(db, id),
    customerTimeline(db, id),
    db
      .selectFrom('customers')
      .leftJoin('users', 'users.id', 'customers.merged_by')
      .select(['customers.code', 'customers.name', 'customers.merged_at', 'users.display_name'])
      .where('customers.merged_into', '=', id)
      .orderBy('customers.merged_at')
      .execute(),
  ]);
  const lastContact = customer.lastContact;
  // The next visit the last contact's reports planned (下次拜访日期), the latest if several did.
  const planned = timeline
    .filter((t) => t.day === lastContact && t.next_visit !== null && t.next_visit >= t.day)
    .map((t) => t.next_visit!)
    .sort();
  const detail: CustomerDetail = {
    customer,
    owners,
    timeline: timeline.map((t) => ({
      reportId: t.report_id,
      formCode: t.form_code as 'F01' | 'F02',
      day: t.day,
      kind: t.kind,
      authorName: t.author_name,
      withPersonName: t.with_name,
      mode: t.mode,
      purpose: t.purpose,
      result: t.result,
      nextVisit: t.next_visit,
      status: t.status,
      opportunityId: t.opportunity_id,
    })),
    lastContact,
    nextVisit: planned.at(-1) ?? null,
    ...standing({ ...customer, filedAt: row.created_at, merged: row.merged_into !== null }, settings, today),
    merged: merged.map((m) => ({
      code: m.code,
      name: m.name,
      at: m.merged_at ?? '',
      byName: m.display_name ?? '',
    })),
  };
  return { detail, filedOn: officeDay(new Date(row.created_at)) };
}
