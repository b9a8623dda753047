import { IconClock } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { DeadlineSettingsPage } from './DeadlineSettingsPage';

export const feature: Feature = {
  name: 'settings',
  routes: [
    { path: '/settings/deadlines', element: <DeadlineSettingsPage />, roles: ['manager'], mode: 'office' },
  ],
  nav: [
    {
      to: '/settings/deadlines',
      label: '截止时间',
      icon: IconClock,
      order: 90,
      roles: ['manager'],
      mode: 'office',
    },
  ],
};
