import { IconAdjustments, IconTruckDelivery } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { ChannelSettingsPage } from './ChannelSettingsPage';
import { FlowEntryPage } from './FlowEntryPage';
import { FlowImportPage } from './FlowImportPage';
import { FlowMonthPage } from './FlowMonthPage';
import { FLOW_PATHS } from './flow-paths';

export const feature: Feature = {
  name: 'channel-flows',
  routes: [
    { path: '/channel/flows', element: <FlowMonthPage />, mode: 'office' },
    {
      path: '/channel/flows/import',
      element: <FlowImportPage />,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
    { path: '/channel/flows/:dealer/:month', element: <FlowEntryPage />, mode: 'office' },
    { path: FLOW_PATHS.settings, element: <ChannelSettingsPage />, roles: ['manager'], mode: 'office' },
  ],
  nav: [
    { to: '/channel/flows', label: '商品流向单', icon: IconTruckDelivery, order: 53, mode: 'office' },
    {
      to: FLOW_PATHS.settings,
      label: '渠道管控设置',
      icon: IconAdjustments,
      order: 54,
      roles: ['manager'],
      mode: 'office',
    },
  ],
};
