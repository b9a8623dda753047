import { IconSchool } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { HqTrainingPage } from './HqTrainingPage';

export const feature: Feature = {
  name: 'hq-training',
  routes: [{ path: '/hq-training', element: <HqTrainingPage />, mode: 'headOffice' }],
  nav: [{ to: '/hq-training', label: '培训学时', icon: IconSchool, order: 8, mode: 'headOffice' }],
};
