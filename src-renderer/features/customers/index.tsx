import { IconAddressBook } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { CustomersPage } from './CustomersPage';

export { CustomerPicker } from './CustomerPicker';

export const feature: Feature = {
  name: 'customers',
  routes: [{ path: '/customers', element: <CustomersPage />, mode: 'office' }],
  nav: [{ to: '/customers', label: '客户档案', icon: IconAddressBook, order: 50, mode: 'office' }],
};
