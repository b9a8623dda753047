import { IconChartBar } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { KpiPage } from './KpiPage';

export const feature: Feature = {
  name: 'performance',
  routes: [{ path: '/kpi', element: <KpiPage />, roles: ['manager', 'clerk'], mode: 'office' }],
  nav: [
    {
      to: '/kpi',
      label: '绩效评估',
      icon: IconChartBar,
      order: 47,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
};
