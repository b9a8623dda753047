import type { Handlers } from './handler-types';
import { authHandlers } from './modules/auth/auth-handlers';
import { boardHandlers } from './modules/board/board-handlers';
import { bundleHandlers } from './modules/bundles/bundle-handlers';
import { keyHandlers } from './modules/keys/office-keys';
import { settingsHandlers } from './modules/settings/deadline-settings';
import { customerHandlers } from './modules/customers/customer-handlers';
import { documentHandlers } from './modules/documents/document-handlers';
import { importHandlers } from './modules/head-office/import-handlers';
import { readHandlers } from './modules/head-office/read-handlers';
import { homeHandlers } from './modules/home/home-handlers';
import { officeHandlers } from './modules/office/office-handlers';
import { peopleHandlers } from './modules/people/people-handlers';
import { reportHandlers } from './modules/reports/report-handlers';

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
