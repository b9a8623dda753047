import { IconUsers } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { PeoplePage } from './PeoplePage';

export const feature: Feature = {
  name: 'people',
  routes: [{ path: '/people', element: <PeoplePage />, roles: ['manager'] }],
  nav: [{ to: '/people', label: '人员', icon: IconUsers, order: 70, roles: ['manager'], mode: 'office' }],
};
