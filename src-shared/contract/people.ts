import { z } from 'zod';
import { empty, id, isoDate, password, role, text, userSummary, username } from './common';
import { method } from './define';

export const peopleMethods = {
  'people.list': method({ input: empty, output: z.array(userSummary), access: 'signedIn' }),
  'people.create': method({
    input: z
      .object({
        username,
        displayName: text('姓名', 50, 1),
        role,
        password,
        phone: text('电话', 40),
        /** 到岗日期: reports are due from this office day on (today when left out). */
        joinedOn: isoDate.optional(),
      })
      .strict(),
    output: userSummary,
    access: ['manager'],
  }),
  'people.update': method({
    input: z
      .object({
        id,
        displayName: text('姓名', 50, 1),
        role,
        phone: text('电话', 40),
        active: z.boolean(),
      })
      .strict(),
    output: userSummary,
    access: ['manager'],
  }),
  'people.resetPassword': method({
    input: z.object({ id, password }).strict(),
    output: z.object({}),
    access: ['manager'],
  }),
};
