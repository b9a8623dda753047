import { IconBuildingCommunity, IconFileImport, IconTable, IconTrophy } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { BundleViewPage } from './BundleViewPage';
import { ImportPage } from './ImportPage';
import { MatrixPage } from './MatrixPage';
import { OfficesPage } from './OfficesPage';
import { RankingPage } from './RankingPage';

export { Fingerprint } from './badges';
export { BundleDropzone } from './BundleDropzone';
export { useApi, useBusyAction } from './use-api';

export const feature: Feature = {
  name: 'head-office',
  routes: [
    { path: '/', element: <MatrixPage />, mode: 'headOffice' },
    { path: '/import', element: <ImportPage />, mode: 'headOffice' },
    { path: '/offices', element: <OfficesPage />, mode: 'headOffice' },
    { path: '/ranking', element: <RankingPage />, mode: 'headOffice' },
    { path: '/bundle/:bundleId', element: <BundleViewPage />, mode: 'headOffice' },
  ],
  nav: [
    { to: '/', label: '汇总', icon: IconTable, order: 0, mode: 'headOffice' },
    { to: '/ranking', label: '全国排名', icon: IconTrophy, order: 5, mode: 'headOffice' },
    { to: '/import', label: '导入数据包', icon: IconFileImport, order: 10, mode: 'headOffice' },
    { to: '/offices', label: '办事处与公钥', icon: IconBuildingCommunity, order: 20, mode: 'headOffice' },
  ],
};
