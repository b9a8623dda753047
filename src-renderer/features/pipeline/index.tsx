import { IconTimeline } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { PipelinePage } from './PipelinePage';
import { PipelineSettingsPage } from './PipelineSettingsPage';

export const feature: Feature = {
  name: 'pipeline',
  routes: [
    { path: '/pipeline', element: <PipelinePage />, mode: 'office' },
    { path: '/pipeline/settings', element: <PipelineSettingsPage />, roles: ['manager'], mode: 'office' },
  ],
  nav: [{ to: '/pipeline', label: '销售流程', icon: IconTimeline, order: 51, mode: 'office' }],
};
