export { ChangePasswordModal } from './ChangePasswordModal';
export { SignInPage } from './SignInPage';
