import type { Handlers } from './handler-types';
import { authHandlers } from './services/auth/auth-handlers';
import { boardHandlers } from './services/board/board-handlers';
import { bundleHandlers } from './services/bundles/bundle-handlers';
import { keyHandlers } from './services/keys/office-keys';
import { settingsHandlers } from './services/settings/deadline-settings';
import { customerHandlers } from './services/customers/customer-handlers';
import { documentHandlers } from './services/documents/document-handlers';
import { importHandlers } from './services/head-office/import-handlers';
import { readHandlers } from './services/head-office/read-handlers';
import { homeHandlers } from './services/home/home-handlers';
import { officeHandlers } from './services/office/office-handlers';
import { peopleHandlers } from './services/people/people-handlers';
import { reportHandlers } from './services/reports/report-handlers';

/** Every method's handler; `satisfies` makes a method without a handler a build error. */
export const handlers = {
  ...officeHandlers,
  ...authHandlers,
  ...peopleHandlers,
  ...customerHandlers,
  ...reportHandlers,
  ...documentHandlers,
  ...homeHandlers,
  ...boardHandlers,
  ...settingsHandlers,
  ...keyHandlers,
  ...bundleHandlers,
  ...importHandlers,
  ...readHandlers,
} satisfies Handlers;
