import { IconChalkboard } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { AttendancePage } from './AttendancePage';
import { FiguresPage } from './FiguresPage';
import { SessionPage } from './SessionPage';
import { SessionsPage } from './SessionsPage';
import { TrainingSettingsPage } from './TrainingSettingsPage';
import { TRAINING_PATHS } from './training-paths';

export const feature: Feature = {
  name: 'training',
  routes: [
    { path: TRAINING_PATHS.list, element: <SessionsPage />, mode: 'office' },
    { path: TRAINING_PATHS.figures, element: <FiguresPage />, mode: 'office' },
    { path: TRAINING_PATHS.settings, element: <TrainingSettingsPage />, roles: ['manager'], mode: 'office' },
    { path: TRAINING_PATHS.session(), element: <SessionPage />, mode: 'office' },
    {
      path: TRAINING_PATHS.attendance(),
      element: <AttendancePage />,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
  nav: [{ to: TRAINING_PATHS.list, label: '培训', icon: IconChalkboard, order: 56, mode: 'office' }],
};
