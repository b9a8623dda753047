import { IconAdjustmentsDollar, IconChartBar, IconCoinYuan } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { BonusPage } from './BonusPage';
import { KpiPage } from './KpiPage';
import { PerformanceSettingsPage } from './PerformanceSettingsPage';

export const feature: Feature = {
  name: 'performance',
  routes: [
    { path: '/kpi', element: <KpiPage />, roles: ['manager', 'clerk'], mode: 'office' },
    { path: '/bonus', element: <BonusPage />, roles: ['manager', 'clerk'], mode: 'office' },
    {
      path: '/performance-settings',
      element: <PerformanceSettingsPage />,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
  nav: [
    {
      to: '/kpi',
      label: '绩效评估',
      icon: IconChartBar,
      order: 47,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
    {
      to: '/bonus',
      label: '奖金核算',
      icon: IconCoinYuan,
      order: 48,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
    {
      to: '/performance-settings',
      label: '考核与奖金方案',
      icon: IconAdjustmentsDollar,
      order: 49,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
};
