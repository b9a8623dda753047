import { z } from 'zod';
import { id, text } from './common';
import { method, onlyIn } from './define';

export const CUSTOMER_TYPES = ['经销商', '终端', '医院', '药店', '商超', '企业', '其他'] as const;
export const CUSTOMER_GRADES = ['A', 'B', 'C', 'D'] as const;

export const customerFields = z.object({
  name: text('客户名称', 100, 1),
  type: text('客户类型', 30),
  grade: z.union([z.enum(CUSTOMER_GRADES), z.literal('')], { error: '客户等级须为 A、B、C、D 之一' }),
  address: text('地址', 200),
  contact: text('联系人', 50),
  contactTitle: text('职务', 50),
  phone: text('电话', 40),
  ownerId: id.nullable(),
});

export const customer = customerFields.extend({
  id,
  ownerName: z.string().nullable(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof customer>;
export type CustomerFields = z.infer<typeof customerFields>;

export const customerMethods = onlyIn('office', {
  'customers.search': method({
    input: z
      .object({
        query: z.string().max(100, '搜索词不能超过100个字').default(''),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.array(customer),
    access: 'signedIn',
  }),
  'customers.create': method({ input: customerFields.strict(), output: customer, access: 'signedIn' }),
  'customers.update': method({
    input: customerFields.extend({ id }).strict(),
    output: customer,
    access: 'signedIn',
  }),
});
