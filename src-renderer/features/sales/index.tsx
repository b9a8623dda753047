import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { ActualsImportPage } from './ActualsImportPage';

export const feature: Feature = {
  name: 'sales',
  routes: [{ path: '/actuals', element: <ActualsImportPage />, roles: ['manager', 'clerk'], mode: 'office' }],
  nav: [
    {
      to: '/actuals',
      label: '导入实际业绩',
      icon: IconFileSpreadsheet,
      order: 46,
      roles: ['manager', 'clerk'],
      mode: 'office',
    },
  ],
};
