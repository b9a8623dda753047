import { IconBuilding } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { OfficePage } from './OfficePage';

export { SetupWizard } from './SetupWizard';

export const feature: Feature = {
  name: 'office',
  routes: [{ path: '/office', element: <OfficePage />, roles: ['manager'], mode: 'office' }],
  nav: [
    { to: '/office', label: '办事处设置', icon: IconBuilding, order: 80, roles: ['manager'], mode: 'office' },
  ],
};
