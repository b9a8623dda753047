import { customerMethods } from '../../../../src-shared/contract/customers';
import { defineModule } from '../../module';
import { customerHandlers } from './customer-handlers';
import * as m006 from './migrations/006-customer-contacts';
import { customersOfReports } from './contact-repo';

/** The office's customer file and every contact the reports record with its customers. */
export const customersModule = defineModule({
  name: 'customers',
  methods: customerMethods,
  handlers: customerHandlers,
  migrations: [{ version: 6, name: '006-customer-contacts', up: m006.up }],
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
export type { Customer } from './tables';
