import { officeMethods } from '../../../../src-shared/contract/office';
import { defineModule } from '../../module';
import * as m010 from './migrations/010-office-start';
import { lanHandlers, makeLanCertificateAtSetup } from './lan-handlers';
import { officeHandlers } from './office-handlers';

/** The installation itself: the setup wizard, the office's profile and letterhead, LAN access. */
export const officeModule = defineModule({
  name: 'office',
  methods: officeMethods,
  handlers: { ...officeHandlers, ...lanHandlers },
  migrations: [{ version: 10, name: '010-office-start', up: m010.up }],
  // HTTPS on the LAN needs the office PC's certificate; it is made with the installation.
  afterSetup: (ctx) => makeLanCertificateAtSetup(ctx),
});

export { loadOffice, type Office, requireOffice } from './office-handlers';
