import { IconMap2 } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { RegionPage } from './RegionPage';

export const feature: Feature = {
  name: 'regions',
  routes: [{ path: '/region', element: <RegionPage />, roles: ['manager', 'clerk'], mode: 'office' }],
  nav: [
    {
      to: '/region',
      label: '区域划分与职责',
      icon: IconMap2,
      order: 44,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
};
