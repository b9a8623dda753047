import { officeMethods } from '../../../../src-shared/contract/office';
import { defineModule } from '../../module';
import * as m010 from './migrations/010-office-start';
import { officeHandlers } from './office-handlers';

/** The installation itself: the setup wizard and the office's profile and letterhead. */
export const officeModule = defineModule({
  name: 'office',
  methods: officeMethods,
  handlers: officeHandlers,
  migrations: [{ version: 10, name: '010-office-start', up: m010.up }],
});

export { loadOffice, type Office, requireOffice } from './office-handlers';
