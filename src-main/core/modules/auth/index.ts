import { authMethods } from '../../../../src-shared/contract/auth';
import { defineModule } from '../../module';
import { authHandlers } from './auth-handlers';

/** Accounts and sign-in: users, passwords, sessions. */
export const authModule = defineModule({ name: 'auth', methods: authMethods, handlers: authHandlers });

export { createAccount, type NewAccount } from './accounts';
export { replacePassword } from './password-store';
export { hashPassword } from './passwords';
export { deleteUserSessions, resolveSession } from './sessions';
export type { User } from './tables';
export { findUser, findUserByName, toUserSummary } from './user-repo';
