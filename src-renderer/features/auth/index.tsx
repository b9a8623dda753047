import { IconShieldLock } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { FailedSignInsPage } from './FailedSignInsPage';

export { ChangePasswordModal } from './ChangePasswordModal';
export { SignInPage } from './SignInPage';

export const feature: Feature = {
  name: 'auth',
  // Both kinds of installation: head office's administrator signs in as a manager too.
  routes: [{ path: '/sign-in-failures', element: <FailedSignInsPage />, roles: ['manager'] }],
  nav: [
    { to: '/sign-in-failures', label: '登录失败记录', icon: IconShieldLock, order: 75, roles: ['manager'] },
  ],
};
