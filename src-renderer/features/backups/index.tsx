import { IconDatabaseExport } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { BackupsPage } from './BackupsPage';

// Both installations keep years of data on one PC: the manager (at head office its administrator) backs it up.
export const feature: Feature = {
  name: 'backups',
  routes: [{ path: '/backups', element: <BackupsPage />, roles: ['manager'] }],
  nav: [{ to: '/backups', label: '备份与恢复', icon: IconDatabaseExport, order: 95, roles: ['manager'] }],
};
