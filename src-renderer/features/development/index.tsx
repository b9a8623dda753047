import { IconTargetArrow } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { DevelopmentPage } from './DevelopmentPage';
import { PlanPage } from './PlanPage';

export const feature: Feature = {
  name: 'development',
  routes: [
    { path: '/development', element: <DevelopmentPage />, mode: 'office' },
    { path: '/development/:userId', element: <PlanPage />, roles: ['manager', 'clerk'], mode: 'office' },
  ],
  nav: [{ to: '/development', label: '个人发展计划', icon: IconTargetArrow, order: 57, mode: 'office' }],
};
