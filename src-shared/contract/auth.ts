import { z } from 'zod';
import { empty, text, timestamp, userSummary } from './common';
import { method } from './define';

/** Failed sign-ins of one login name from one client, as the manager's list shows them. */
export const failedSignInGroup = z.object({
  /** The login name as it was typed; it may name nobody. */
  username: z.string(),
  /** The person whose login name it is, else null. */
  displayName: z.string().nullable(),
  /** The client's address (IP), or `ipc:<n>` for a window of the desktop app. */
  client: z.string(),
  count: z.number().int(),
  firstAt: timestamp,
  lastAt: timestamp,
});
export type FailedSignInGroup = z.infer<typeof failedSignInGroup>;

export const authMethods = {
  'auth.signIn': method({
    input: z
      .object({
        username: text('登录名', 32, 1),
        password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码不能超过128位'),
      })
      .strict(),
    output: userSummary,
    access: 'public',
  }),
  'auth.signOut': method({ input: empty, output: z.object({}), access: 'signedIn' }),
  'auth.me': method({ input: empty, output: userSummary.nullable(), access: 'public' }),
  'auth.changePassword': method({
    input: z
      .object({
        current: z.string().min(1, '请填写当前密码').max(128),
        next: z.string().min(8, '新密码至少8位').max(128, '密码不能超过128位'),
      })
      .strict(),
    output: z.object({}),
    access: 'signedIn',
  }),
  'auth.failedSignIns': method({
    input: empty,
    output: z.object({ retentionDays: z.number().int(), groups: z.array(failedSignInGroup) }),
    access: ['manager'],
  }),
};
