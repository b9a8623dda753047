import { sql } from 'kysely';
import type {
  ContactAlert,
  ContactAlerts,
  ContactSettings,
  customerMethods,
} from '../../../../src-shared/contract/customers';
import { type ContactState, dayNumber, intervalOf, stateFor } from '../../../../src-shared/domain/customers';
import {
  DAY_MS,
  formatDay,
  OFFICE_UTC_OFFSET_HOURS,
  officeDay,
} from '../../../../src-shared/domain/deadlines/calendar';
import type { Db } from '../../db/database';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { loadContactSettings } from './contact-settings';

/** One reminded customer's standing on a day: its last contact, next planned visit and due day. */
export interface ContactStanding extends Omit<ContactAlert, 'state'> {
  state: ContactState;
}

/** The office day a customer was filed; the Date is built only for the evening hours that cross midnight. */
function filedDay(createdAt: string): string {
  return Number(createdAt.slice(11, 13)) < 24 - OFFICE_UTC_OFFSET_HOURS
    ? createdAt.slice(0, 10)
    : officeDay(new Date(createdAt));
}

/**
 * Where every customer that is reminded stands on `asOf`: not merged, not 流失, with an owner and
 * one of the office's grades. One query: each customer's last contact up to `asOf` and the next
 * visit planned on that day are two seeks into the (customer_id, day) index, not a scan of the
 * contact history; the due days are then day-number arithmetic (contact-rules' rule, per customer).
 */
export async function contactStandings(
  db: Db,
  settings: ContactSettings,
  q: { asOf: string; ownerId?: number | undefined },
): Promise<ContactStanding[]> {
  const grades = settings.grades.map((g) => g.grade);
  const owner = q.ownerId === undefined ? sql`` : sql`and c.owner_id = ${q.ownerId}`;
  const rows = await sql<{
    id: number;
    code: string;
    name: string;
    grade: string;
    owner_id: number;
    created_at: string;
    last_contact: string | null;
    next_visit: string | null;
  }>`
    with last as (
      select c.id, c.code, c.name, c.grade, c.owner_id, c.created_at,
             -- order by … limit 1 walks the index backwards from asOf; max() with a bound scans.
             (select cc.day from customer_contacts cc
               where cc.customer_id = c.id and cc.day <= ${q.asOf}
               order by cc.day desc limit 1) as last_contact
      from customers c
      where c.merged_into is null and c.status <> '流失' and c.owner_id is not null
        and c.grade in (${sql.join(grades.length ? grades : [''])}) ${owner}
    )
    select last.*,
           (select max(cc.next_visit) from customer_contacts cc
             where cc.customer_id = last.id and cc.day = last.last_contact
               and cc.next_visit >= last.last_contact) as next_visit
    from last`.execute(db);
  const names = new Map(
    (await db.selectFrom('users').select(['id', 'display_name']).execute()).map((u) => [
      u.id,
      u.display_name,
    ]),
  );
  const today = dayNumber(q.asOf);
  const out: ContactStanding[] = [];
  for (const r of rows.rows) {
    const filedOn = filedDay(r.created_at);
    // A customer filed after the day asked about was not yet anyone's to contact.
    if (filedOn > q.asOf) continue;
    const interval = intervalOf(settings, r.grade);
    if (interval === null) continue;
    const due = dayNumber(r.last_contact ?? filedOn) + interval;
    out.push({
      customerId: r.id,
      code: r.code,
      name: r.name,
      grade: r.grade,
      ownerId: r.owner_id,
      ownerName: names.get(r.owner_id) ?? '',
      lastContact: r.last_contact,
      nextVisit: r.next_visit,
      dueDay: formatDay(new Date(due * DAY_MS)),
      daysLeft: due - today,
      state: stateFor(due - today, settings.warnDays),
    });
  }
  return out;
}

/** The reminders among the standings, most overdue first, and each owner's counts. */
export function alertsOf(today: string, standings: readonly ContactStanding[]): ContactAlerts {
  const alerts = standings
    .filter((s): s is ContactStanding & { state: ContactAlert['state'] } => s.state !== 'ok')
    .sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name, 'zh-CN'));
  const owners = new Map<number, ContactAlerts['byOwner'][number]>();
  for (const s of standings) {
    const o = owners.get(s.ownerId) ?? { ownerId: s.ownerId, name: s.ownerName, overdue: 0, dueSoon: 0 };
    if (s.state === 'overdue') o.overdue++;
    if (s.state === 'dueSoon') o.dueSoon++;
    owners.set(s.ownerId, o);
  }
  const byOwner = [...owners.values()].sort(
    (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return { today, alerts, byOwner };
}

export const alertHandlers = {
  'customers.contactAlerts': async (input, ctx) => {
    const me = currentUser(ctx);
    const today = officeDay(ctx.now());
    // A rep is reminded of their own customers only; the manager and clerk see anyone's.
    const ownerId = me.role === 'rep' ? me.id : input.ownerId;
    const settings = await loadContactSettings(ctx.db);
    return alertsOf(today, await contactStandings(ctx.db, settings, { asOf: today, ownerId }));
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
