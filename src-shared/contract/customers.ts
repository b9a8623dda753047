import { z } from 'zod';
import { empty, id, isoDate, role, text } from './common';
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

/** One span of a customer's ownership (归属记录): office days, inclusive; toDay null while it lasts. */
export const customerOwnerSpan = z.object({
  ownerId: id,
  ownerName: z.string(),
  fromDay: z.string(),
  toDay: z.string().nullable(),
  reason: z.string(),
  /** Who recorded the change; null for spans filled in from the customer file when history began. */
  byName: z.string().nullable(),
  at: z.string(),
});
export type CustomerOwnerSpan = z.infer<typeof customerOwnerSpan>;

/** A customer as the region page lists it under its owner. */
export const ownedCustomer = z.object({ id, name: z.string(), grade: z.string(), type: z.string() });

/** One owner's customers; userId null gathers the customers nobody is responsible for. */
export const ownerCustomers = z.object({
  userId: id.nullable(),
  name: z.string(),
  role: role.nullable(),
  active: z.boolean(),
  count: z.number().int(),
  customers: z.array(ownedCustomer),
});
export type OwnerCustomers = z.infer<typeof ownerCustomers>;

const customerOwnerMethods = onlyIn('office', {
  /**
   * 客户移交: the customers go to an active rep from an office day on, all or none. The day may lie
   * in the past (a rep who left last week) but not before the current owner's own start.
   */
  'customers.transfer': method({
    input: z
      .object({
        customerIds: z
          .array(id, { error: '请选择要移交的客户' })
          .min(1, '请选择要移交的客户')
          .max(500, '一次最多移交500个客户'),
        toUserId: id,
        fromDay: isoDate,
        reason: text('移交原因', 200, 2),
      })
      .strict(),
    output: z.object({ moved: z.number().int() }),
    access: ['manager'],
  }),
  /** A customer's owners, oldest first. */
  'customers.ownerHistory': method({
    input: z.object({ customerId: id }).strict(),
    output: z.object({ customerId: id, name: z.string(), owners: z.array(customerOwnerSpan) }),
    access: ['manager', 'clerk'],
  }),
  /** Every rep with the customers they are responsible for now, then other owners and the unassigned. */
  'customers.byOwner': method({
    input: empty,
    output: z.array(ownerCustomers),
    access: ['manager', 'clerk'],
  }),
});

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
  ...customerOwnerMethods,
});
