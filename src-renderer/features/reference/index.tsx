import { IconDatabase, IconDatabaseImport, IconSend } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { DealersPage } from './DealersPage';
import { ExcelImportPage } from './ExcelImportPage';
import { PricesPage } from './PricesPage';
import { ProductsPage } from './ProductsPage';
import { PublishPage } from './PublishPage';
import { ReceivePage } from './ReceivePage';
import { REF_PATHS } from './reference-format';
import { ShipmentsPage } from './ShipmentsPage';

const hq = { roles: ['manager'], mode: 'headOffice' } as const;

export const feature: Feature = {
  name: 'reference',
  routes: [
    { path: REF_PATHS.products, element: <ProductsPage />, ...hq },
    { path: REF_PATHS.prices, element: <PricesPage />, ...hq },
    { path: REF_PATHS.dealers, element: <DealersPage />, ...hq },
    { path: REF_PATHS.shipments, element: <ShipmentsPage />, ...hq },
    { path: '/reference/import', element: <ExcelImportPage />, ...hq },
    { path: '/reference/import/:kind', element: <ExcelImportPage />, ...hq },
    { path: REF_PATHS.publish, element: <PublishPage />, ...hq },
    { path: REF_PATHS.receive, element: <ReceivePage />, roles: ['manager'], mode: 'office' },
  ],
  nav: [
    {
      to: '/reference',
      label: '参考数据',
      icon: IconDatabase,
      order: 30,
      ...hq,
      children: () => [
        { to: REF_PATHS.products, label: '产品目录' },
        { to: REF_PATHS.prices, label: '规定价' },
        { to: REF_PATHS.dealers, label: '经销商名录' },
        { to: REF_PATHS.shipments, label: '发货明细' },
        { to: '/reference/import', label: '从 Excel 导入' },
      ],
    },
    { to: REF_PATHS.publish, label: '下发参考数据', icon: IconSend, order: 31, ...hq },
    {
      to: REF_PATHS.receive,
      label: '导入总部参考数据',
      icon: IconDatabaseImport,
      order: 41,
      roles: ['manager'],
      mode: 'office',
    },
  ],
};
