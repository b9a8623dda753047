import { IconAddressBook, IconBellRinging } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { ContactRemindersPage } from './ContactRemindersPage';
import { ContactSettingsPage } from './ContactSettingsPage';
import { CustomerImportPage } from './CustomerImportPage';
import { CustomerPage } from './CustomerPage';
import { CustomersPage } from './CustomersPage';

export { CustomerPicker } from './CustomerPicker';
export { DueBadge } from './DueBadge';
export { CONTACT_STATES, daysLeftText } from './customer-labels';

export const feature: Feature = {
  name: 'customers',
  routes: [
    { path: '/customers', element: <CustomersPage />, mode: 'office' },
    { path: '/customers/reminders', element: <ContactRemindersPage />, mode: 'office' },
    {
      path: '/customers/import',
      element: <CustomerImportPage />,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
    {
      path: '/customers/contact-settings',
      element: <ContactSettingsPage />,
      roles: ['manager'],
      mode: 'office',
    },
    { path: '/customers/:id', element: <CustomerPage />, mode: 'office' },
  ],
  nav: [
    { to: '/customers', label: '客户档案', icon: IconAddressBook, order: 50, mode: 'office' },
    { to: '/customers/reminders', label: '客户联系提醒', icon: IconBellRinging, order: 51, mode: 'office' },
  ],
};
