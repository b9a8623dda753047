import type { BundleCustomersV2 } from '../../../../src-shared/bundle/sections';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import type { BundleSectionHandler } from '../../handler-types';
import { contactStandings } from './contact-alerts';
import { loadContactSettings } from './contact-settings';
import { peopleOf } from './customer-repo';

/**
 * The customer file as it stood on the month's last day (or the export's day, if earlier): every
 * customer not merged away, its people (phone numbers only when the office's setting sends them:
 * they are personal data), and per owner how many customers were overdue or due for contact and
 * how many contacts with their customers the month recorded.
 */
export const customersSection: BundleSectionHandler = {
  name: 'customers',
  write: async ({ db, first, last, exportedAt }): Promise<BundleCustomersV2> => {
    const exportDay = officeDay(new Date(exportedAt));
    const asOf = exportDay < last ? exportDay : last;
    const settings = await loadContactSettings(db);
    const rows = await db
      .selectFrom('customers')
      .leftJoin('users', 'users.id', 'customers.owner_id')
      .select([
        'customers.id',
        'code',
        'name',
        'type',
        'grade',
        'industry',
        'city',
        'address',
        'source',
        'status',
        'owner_id',
        'users.display_name as owner_name',
      ])
      .select((eb) =>
        eb
          .selectFrom('customer_contacts')
          .select((e) => e.fn.max('day').as('d'))
          .whereRef('customer_contacts.customer_id', '=', 'customers.id')
          .where('customer_contacts.day', '<=', asOf)
          .as('last_contact'),
      )
      .where('merged_into', 'is', null)
      .orderBy('customers.id')
      .execute();
    const people = await peopleOf(
      db,
      rows.map((r) => r.id),
    );
    const inMonth = await db
      .selectFrom('customer_contacts')
      .innerJoin('customers', 'customers.id', 'customer_contacts.customer_id')
      .select(['customers.owner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('customer_contacts.day', '>=', first)
      .where('customer_contacts.day', '<=', asOf)
      .where('customers.owner_id', 'is not', null)
      .groupBy('customers.owner_id')
      .execute();
    const standings = await contactStandings(db, settings, { asOf });
    const stats = new Map<number, BundleCustomersV2['contactStats'][number]>();
    for (const r of rows) {
      if (r.owner_id === null) continue;
      const s = stats.get(r.owner_id) ?? {
        ownerId: r.owner_id,
        name: (r.owner_name ?? '').slice(0, 50),
        customers: 0,
        overdue: 0,
        dueSoon: 0,
        contactsInMonth: Number(inMonth.find((m) => m.owner_id === r.owner_id)?.n ?? 0),
      };
      s.customers++;
      stats.set(r.owner_id, s);
    }
    for (const s of standings) {
      const o = stats.get(s.ownerId);
      if (o && s.state === 'overdue') o.overdue++;
      if (o && s.state === 'dueSoon') o.dueSoon++;
    }
    const phones = settings.phonesToHeadOffice;
    return {
      asOf,
      phonesIncluded: phones,
      customers: rows.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        type: r.type,
        grade: r.grade,
        industry: r.industry,
        city: r.city,
        address: r.address,
        source: r.source,
        status: r.status,
        ownerId: r.owner_id,
        lastContact: r.last_contact ?? null,
        people: (people.get(r.id) ?? []).map((p) => ({
          name: p.name,
          title: p.title,
          phones: phones ? p.phones : '',
        })),
      })),
      contactStats: [...stats.values()],
    };
  },
};
