import { z } from 'zod';
import { empty, text, userSummary } from './common';
import { method } from './define';

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
};
