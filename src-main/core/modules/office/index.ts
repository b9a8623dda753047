import { officeMethods } from '../../../../src-shared/contract/office';
import { defineModule } from '../../module';
import { officeHandlers } from './office-handlers';

/** The installation itself: the setup wizard and the office's profile and letterhead. */
export const officeModule = defineModule({
  name: 'office',
  methods: officeMethods,
  handlers: officeHandlers,
});

export { loadOffice, type Office, requireOffice } from './office-handlers';
