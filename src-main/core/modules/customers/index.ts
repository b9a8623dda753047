import { customerMethods } from '../../../../src-shared/contract/customers';
import { defineModule } from '../../module';
import { customerHandlers } from './customer-handlers';
import * as m006 from './migrations/006-customer-contacts';
import * as m013 from './migrations/013-customer-owners';
import { customersOfReports } from './contact-repo';
import { ownerHandlers } from './owner-handlers';

/** The office's customer file and every contact the reports record with its customers. */
export const customersModule = defineModule({
  name: 'customers',
  methods: customerMethods,
  handlers: { ...customerHandlers, ...ownerHandlers },
  migrations: [
    { version: 6, name: '006-customer-contacts', up: m006.up },
    { version: 13, name: '013-customer-owners', up: m013.up },
  ],
  // The customers the month's reports name, as the customer file has them.
  bundleSection: {
    name: 'customers',
    write: async ({ db, reportIds }) =>
      (await customersOfReports(db, reportIds)).map((c) => ({
        id: c.id,
        name: c.name,
        type: c.type,
        grade: c.grade,
        address: c.address,
        contact: c.contact,
        contactTitle: c.contact_title,
        phone: c.phone,
        ownerId: c.owner_id,
      })),
  },
});

export {
  contactCount,
  customersOfReports,
  distinctCustomersVisited,
  replaceReportContacts,
} from './contact-repo';
export { type OwnerSpan, ownerOn, ownersDuring } from './owner-repo';
export type { Customer } from './tables';
