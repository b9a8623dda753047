import { IconClipboardCheck, IconFileText, IconSearch } from '@tabler/icons-react';
import { FORM_CODES, getForm } from '../../../src-shared/domain/forms';
import type { Role } from '../../../src-shared/domain/roles';
import type { Feature } from '../../app/feature';
import { ReportEditorPage } from './ReportEditorPage';
import { ReportListPage } from './ReportListPage';
import { ReviewListPage } from './ReviewListPage';
import { SearchPage } from './SearchPage';

export { ReportTable } from './ReportTable';
export { StatusBadge } from './StatusBadge';

/** The forms a role fills in; a clerk enters the reps' forms. */
function formsFor(role: Role) {
  const as = role === 'clerk' ? 'rep' : role;
  return FORM_CODES.filter((c) => getForm(c).authors.includes(as));
}

export const feature: Feature = {
  name: 'reports',
  routes: [
    { path: '/reports/:formCode', element: <ReportListPage />, mode: 'office' },
    { path: '/reports/:formCode/:authorId/:periodKey', element: <ReportEditorPage />, mode: 'office' },
    { path: '/review', element: <ReviewListPage />, roles: ['manager'], mode: 'office' },
    { path: '/search', element: <SearchPage />, mode: 'office' },
  ],
  nav: [
    { to: '/search', label: '查找报表', icon: IconSearch, order: 20, mode: 'office' },
    { to: '/review', label: '审核', icon: IconClipboardCheck, order: 30, roles: ['manager'], mode: 'office' },
    {
      to: '/reports',
      label: '填报',
      icon: IconFileText,
      order: 100,
      mode: 'office',
      children: (user) =>
        formsFor(user.role).map((code) => ({ to: `/reports/${code}`, label: getForm(code).title })),
    },
  ],
};
