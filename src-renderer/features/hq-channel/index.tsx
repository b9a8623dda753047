import { IconAlertOctagon } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { HqChannelPage } from './HqChannelPage';

export { BundleChannelSummary } from './BundleChannelSummary';

export const feature: Feature = {
  name: 'hq-channel',
  routes: [{ path: '/channel-cases', element: <HqChannelPage />, mode: 'headOffice' }],
  nav: [
    { to: '/channel-cases', label: '窜货低价案件', icon: IconAlertOctagon, order: 7, mode: 'headOffice' },
  ],
};
