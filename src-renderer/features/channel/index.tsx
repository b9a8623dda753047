import { IconZoomMoney } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { LookupOverlay } from './LookupOverlay';

export const feature: Feature = {
  name: 'channel',
  routes: [
    { path: '/channel/cases', element: <CasesPage />, mode: 'office' },
    { path: '/channel/cases/:id', element: <CasePage />, mode: 'office' },
  ],
  nav: [{ to: '/channel/cases', label: '窜货低价案件', icon: IconZoomMoney, order: 52, mode: 'office' }],
  overlay: LookupOverlay,
};
