import { IconSend } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { BundlePage } from './BundlePage';

export { GapsTable } from './GapsTable';

export const feature: Feature = {
  name: 'bundles',
  routes: [{ path: '/bundles', element: <BundlePage />, roles: ['manager'], mode: 'office' }],
  nav: [{ to: '/bundles', label: '月度报送', icon: IconSend, order: 40, roles: ['manager'], mode: 'office' }],
};
