import { customerMethods } from '../../../../src-shared/contract/customers';
import { defineModule } from '../../module';
import { alertHandlers } from './contact-alerts';
import { cardHandlers } from './card-handlers';
import { contactSettingHandlers } from './contact-settings';
import { customerHandlers } from './customer-handlers';
import { customersSection } from './customer-section';
import { importHandlers } from './import-handlers';
import { mergeHandlers } from './merge-handlers';
import * as m006 from './migrations/006-customer-contacts';
import * as m013 from './migrations/013-customer-owners';
import * as m015 from './migrations/015-customer-file';
import { ownerHandlers } from './owner-handlers';

/** The office's customer file, regular contact with its customers, and every contact the reports record. */
export const customersModule = defineModule({
  name: 'customers',
  methods: customerMethods,
  handlers: {
    ...customerHandlers,
    ...mergeHandlers,
    ...contactSettingHandlers,
    ...alertHandlers,
    ...importHandlers,
    ...cardHandlers,
    ...ownerHandlers,
  },
  migrations: [
    { version: 6, name: '006-customer-contacts', up: m006.up },
    { version: 13, name: '013-customer-owners', up: m013.up },
    { version: 15, name: '015-customer-file', up: m015.up },
  ],
  bundleSection: customersSection,
});

export {
  contactCount,
  customersOfReports,
  distinctCustomersVisited,
  replaceReportContacts,
} from './contact-repo';
export { loadContactSettings } from './contact-settings';
export { type OwnerSpan, ownerOn, ownersDuring } from './owner-repo';
export type { Customer } from './tables';
