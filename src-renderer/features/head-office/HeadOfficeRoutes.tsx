import { IconBuildingCommunity, IconFileImport, type IconHome, IconTable } from '@tabler/icons-react';
import { Navigate, Route, Routes } from 'react-router';
import { PeoplePage } from '../people/PeoplePage';
import { BundleViewPage } from './BundleViewPage';
import { ImportPage } from './ImportPage';
import { MatrixPage } from './MatrixPage';
import { OfficesPage } from './OfficesPage';

/** The head office's (销售部) navigation; 人员 is added by the layout. */
export const HQ_NAV: { to: string; label: string; icon: typeof IconHome }[] = [
  { to: '/', label: '汇总', icon: IconTable },
  { to: '/import', label: '导入数据包', icon: IconFileImport },
  { to: '/offices', label: '办事处与公钥', icon: IconBuildingCommunity },
];

/** The head office's pages. */
export function HeadOfficeRoutes() {
  return (
    <Routes>
      <Route path="/" element={<MatrixPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/offices" element={<OfficesPage />} />
      <Route path="/bundle/:bundleId" element={<BundleViewPage />} />
      <Route path="/people" element={<PeoplePage />} />
      <Route path="*" element={<Navigate to="/" />} />
    </Routes>
  );
}
