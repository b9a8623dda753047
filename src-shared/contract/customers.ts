import { z } from 'zod';
import { empty, id, isoDate, role, text, uploadId } from './common';
import { docModel, generatedFile } from './documents';
import { method, onlyIn } from './define';

export const CUSTOMER_TYPES = ['经销商', '终端', '医院', '药店', '商超', '企业', '其他'] as const;
/** The grades a new office starts with; the office's grades are a setting (customers.contactSettings). */
export const CUSTOMER_GRADES = ['A', 'B', 'C', 'D'] as const;
export const CUSTOMER_STATUSES = ['潜在', '合作', '流失'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const optionalDay = z.union([isoDate, z.literal('')], { error: '日期格式应为 年-月-日' });

/** One person at a customer (联系人); id present when it is one already on file. */
export const contactPersonFields = z.object({
  id: id.optional(),
  name: text('联系人姓名', 50, 1),
  title: text('职务', 50),
  /** One or more numbers as typed, separated by 、，/ or spaces. */
  phones: text('电话', 80),
  birthday: optionalDay.default(''),
});
export const contactPerson = contactPersonFields.extend({ id });
export type ContactPerson = z.infer<typeof contactPerson>;

export const customerFields = z.object({
  /** 客户编号; empty asks the office to assign the next one (C00001…). */
  code: text('客户编号', 30)
    .regex(/^[A-Za-z0-9_-]*$/, '客户编号只能用字母、数字、下划线和短横线')
    .default(''),
  name: text('客户名称', 100, 1),
  type: text('客户类型', 30),
  /** One of the office's grades (a setting), or empty for not graded yet. */
  grade: text('客户等级', 10),
  industry: text('行业', 50).default(''),
  address: text('地址', 200),
  city: text('城市', 50).default(''),
  source: text('客户来源', 50).default(''),
  status: z.enum(CUSTOMER_STATUSES, { error: '客户状态须为 潜在、合作、流失 之一' }).default('合作'),
  notes: text('备注', 1000).default(''),
  people: z.array(contactPersonFields).max(20, '联系人最多 20 位').default([]),
  ownerId: id.nullable(),
});

export const customer = z.object({
  id,
  code: z.string(),
  name: z.string(),
  type: z.string(),
  grade: z.string(),
  industry: z.string(),
  address: z.string(),
  city: z.string(),
  source: z.string(),
  status: z.enum(CUSTOMER_STATUSES),
  notes: z.string(),
  people: z.array(contactPerson),
  /** The first person's name, title and phones: what a 走访表 row fills in when the customer is picked. */
  contact: z.string(),
  contactTitle: z.string(),
  phone: z.string(),
  ownerId: id.nullable(),
  ownerName: z.string().nullable(),
  /** The last office day a report recorded a contact with the customer; null for never. */
  lastContact: z.string().nullable(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof customer>;
export type CustomerFields = z.input<typeof customerFields>;

/** A customer already on file that a save would duplicate, and why. */
export const duplicateCustomer = z.object({
  id,
  code: z.string(),
  name: z.string(),
  ownerName: z.string().nullable(),
  reasons: z.array(z.enum(['name', 'phone'])),
  /** The phone number both share (as on file), when the reason is the phone. */
  phone: z.string().nullable(),
});
export type DuplicateCustomer = z.infer<typeof duplicateCustomer>;

/** 定期联系: each grade's contact interval in calendar days, and how many days ahead to warn. */
export const contactSettings = z
  .object({
    grades: z
      .array(
        z
          .object({
            grade: z.string().trim().min(1, '请填写等级').max(10, '等级不能超过10个字'),
            intervalDays: z
              .number({ error: '联系间隔须为天数' })
              .int('联系间隔须为整天数')
              .min(1, '联系间隔至少1天')
              .max(366, '联系间隔不能超过366天'),
          })
          .strict(),
      )
      .min(1, '至少保留一个客户等级')
      .max(10, '客户等级最多10个')
      .refine((g) => new Set(g.map((x) => x.grade)).size === g.length, '客户等级不能重复'),
    warnDays: z
      .number({ error: '提前提醒须为天数' })
      .int('提前提醒须为整天数')
      .min(0, '提前提醒不能为负数')
      .max(60, '提前提醒不能超过60天'),
    /** Whether contacts' phone numbers leave the office in the monthly bundle (personal data). */
    phonesToHeadOffice: z.boolean(),
  })
  .strict();
export type ContactSettings = z.infer<typeof contactSettings>;

/** One customer that is due for contact soon (yellow) or overdue (red). */
export const contactAlert = z.object({
  customerId: id,
  code: z.string(),
  name: z.string(),
  grade: z.string(),
  ownerId: id,
  ownerName: z.string(),
  lastContact: z.string().nullable(),
  /** The next visit a 走访表 planned (下次拜访日期) after the last contact, if any. */
  nextVisit: z.string().nullable(),
  /** The day contact is due: last contact (or filing day) plus the grade's interval. */
  dueDay: z.string(),
  /** Calendar days from today to the due day; negative when overdue. */
  daysLeft: z.number().int(),
  state: z.enum(['dueSoon', 'overdue']),
});
export type ContactAlert = z.infer<typeof contactAlert>;

export const contactAlerts = z.object({
  today: z.string(),
  alerts: z.array(contactAlert),
  /** Per owner: how many of their customers are overdue and due soon (the manager's view). */
  byOwner: z.array(
    z.object({ ownerId: id, name: z.string(), overdue: z.number().int(), dueSoon: z.number().int() }),
  ),
});
export type ContactAlerts = z.infer<typeof contactAlerts>;

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

/** One contact on a customer's timeline (客户联系记录), from the reports that recorded it. */
export const timelineEntry = z.object({
  reportId: id,
  formCode: z.enum(['F01', 'F02']),
  day: z.string(),
  kind: z.enum(['visit', 'jointVisit']),
  authorName: z.string(),
  withPersonName: z.string().nullable(),
  mode: z.string(),
  purpose: z.string(),
  result: z.string(),
  nextVisit: z.string().nullable(),
  /** The report's status (草稿/已提交/已审核…) as its code. */
  status: z.string(),
  opportunityId: id.nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const customerDetail = z.object({
  customer,
  owners: z.array(customerOwnerSpan),
  timeline: z.array(timelineEntry),
  lastContact: z.string().nullable(),
  nextVisit: z.string().nullable(),
  /** Due day by the grade's interval; null for a customer without a graded interval or owner, or 流失. */
  dueDay: z.string().nullable(),
  state: z.enum(['ok', 'dueSoon', 'overdue']).nullable(),
  /** Customers merged into this one (合并记录). */
  merged: z.array(z.object({ code: z.string(), name: z.string(), at: z.string(), byName: z.string() })),
});
export type CustomerDetail = z.infer<typeof customerDetail>;

/** The customer-sheet columns an import maps headers to; name is the only one required. */
export const CUSTOMER_IMPORT_FIELDS = [
  'code',
  'name',
  'type',
  'grade',
  'industry',
  'address',
  'city',
  'source',
  'status',
  'owner',
  'contact',
  'contactTitle',
  'phone',
  'birthday',
  'notes',
] as const;
export const CUSTOMER_IMPORT_LABELS: Record<(typeof CUSTOMER_IMPORT_FIELDS)[number], string> = {
  code: '客户编号',
  name: '客户名称',
  type: '客户类型',
  grade: '客户等级',
  industry: '行业',
  address: '地址',
  city: '城市',
  source: '客户来源',
  status: '客户状态',
  owner: '负责人',
  contact: '联系人',
  contactTitle: '职务',
  phone: '电话',
  birthday: '生日',
  notes: '备注',
};
/** Which header of the sheet holds each field; absent fields are not imported. */
export const customerImportMapping = z
  .partialRecord(z.enum(CUSTOMER_IMPORT_FIELDS), z.string().max(100))
  .refine((m) => Object.keys(m).length > 0, '请至少为客户名称选择一列');

/** What a customer sheet holds and what importing it would do; nothing is stored by a preview. */
export const customerImportPreview = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  /** The columns used (guessed from the headers when none was given); null when 客户名称 was not found. */
  mapping: z.record(z.string(), z.string()).nullable(),
  rowCount: z.number().int(),
  /** The first rows as they would be stored (at most 50). */
  rows: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      name: z.string(),
      type: z.string(),
      grade: z.string(),
      city: z.string(),
      status: z.string(),
      ownerName: z.string(),
      contact: z.string(),
      phone: z.string(),
      /** new: a new customer; update: the code is on file and its fields are replaced. */
      action: z.enum(['new', 'update']),
    }),
  ),
  /** Every problem with its sheet row (null: the whole file), at most 500. */
  problems: z.array(z.object({ row: z.number().int().nullable(), message: z.string() })),
  problemCount: z.number().int(),
  newCount: z.number().int(),
  updateCount: z.number().int(),
  /** Set by customers.import: how many rows were stored. */
  imported: z.number().int().nullable(),
});
export type CustomerImportPreview = z.infer<typeof customerImportPreview>;

const customerSearch = z
  .object({
    query: z.string().max(100, '搜索词不能超过100个字').default(''),
    status: z.enum(CUSTOMER_STATUSES).optional(),
    grade: z.string().max(10).optional(),
    ownerId: id.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

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

const customerFileMethods = onlyIn('office', {
  /** Customers whose name, code, city, contact or phone matches; a rep sees the file like everyone. */
  'customers.search': method({ input: customerSearch, output: z.array(customer), access: 'signedIn' }),
  /** One customer with its owners, timeline, last contact and next due day. */
  'customers.get': method({ input: z.object({ id }).strict(), output: customerDetail, access: 'signedIn' }),
  /**
   * Files a customer. Refused with CONFLICT when one on file has the same name or phone (normalised:
   * full/half width, spaces, 有限公司-type suffixes) unless allowDuplicate says it is not the same one.
   */
  'customers.create': method({
    input: customerFields.extend({ allowDuplicate: z.boolean().default(false) }).strict(),
    output: customer,
    access: 'signedIn',
  }),
  'customers.update': method({
    input: customerFields
      .extend({
        id,
        allowDuplicate: z.boolean().default(false),
        /** The updatedAt the editor started from; a change by someone else meanwhile is refused. */
        expectedUpdatedAt: z.string().optional(),
      })
      .strict(),
    output: customer,
    access: 'signedIn',
  }),
  /** The customers on file a customer with this name and these phones would duplicate. */
  'customers.duplicates': method({
    input: z
      .object({
        name: z.string().max(100),
        phones: z.array(z.string().max(80)).max(20).default([]),
        excludeId: id.optional(),
      })
      .strict(),
    output: z.array(duplicateCustomer),
    access: 'signedIn',
  }),
  /**
   * 合并客户: mergeId's contacts, opportunities and report references move to keepId, its people are
   * added, and it leaves the file (kept as merged, so old reports that name it still find keepId).
   */
  'customers.merge': method({
    input: z
      .object({ keepId: id, mergeId: id })
      .strict()
      .refine((v) => v.keepId !== v.mergeId, { message: '不能把客户合并到它自己', path: ['mergeId'] }),
    output: z.object({ customer, movedContacts: z.number().int(), movedOpportunities: z.number().int() }),
    access: ['manager'],
  }),
  /** Reads an uploaded customer sheet (.xlsx) and says what importing it would do. */
  'customers.importPreview': method({
    input: z.object({ uploadId, mapping: customerImportMapping.optional() }).strict(),
    output: customerImportPreview,
    access: ['manager', 'clerk'],
  }),
  /** Imports the sheet only when every row is valid, in one transaction; otherwise stores nothing. */
  'customers.import': method({
    input: z.object({ uploadId, mapping: customerImportMapping.optional() }).strict(),
    output: customerImportPreview,
    access: ['manager', 'clerk'],
  }),
  /** The whole customer file as 客户档案.xlsx (one row per customer, its first contact). */
  'customers.exportXlsx': method({ input: empty, output: generatedFile, access: ['manager', 'clerk'] }),
  'customers.contactSettings': method({ input: empty, output: contactSettings, access: 'signedIn' }),
  'customers.updateContactSettings': method({
    input: contactSettings,
    output: contactSettings,
    access: ['manager'],
  }),
  /**
   * 客户联系提醒 as of today: a rep's own customers; the manager's and clerk's for everyone, or one
   * owner's. Customers marked 流失 and ungraded ones are not reminded.
   */
  'customers.contactAlerts': method({
    input: z.object({ ownerId: id.optional() }).strict(),
    output: contactAlerts,
    access: 'signedIn',
  }),
  /** 客户档案卡 as the print preview shows it. */
  'customers.card': method({ input: z.object({ id }).strict(), output: docModel, access: 'signedIn' }),
  /** 客户档案卡 as a Word document. */
  'customers.cardDocx': method({
    input: z.object({ id }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
});

export const customerMethods = { ...customerFileMethods, ...customerOwnerMethods };
