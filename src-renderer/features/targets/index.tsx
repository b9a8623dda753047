import { IconTargetArrow } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { TargetsPage } from './TargetsPage';

export const feature: Feature = {
  name: 'targets',
  routes: [{ path: '/targets', element: <TargetsPage />, roles: ['manager', 'clerk'], mode: 'office' }],
  nav: [
    {
      to: '/targets',
      label: '销售目标',
      icon: IconTargetArrow,
      order: 45,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
};
