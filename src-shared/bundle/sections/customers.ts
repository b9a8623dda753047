import { z } from 'zod';
import { id } from '../../contract/common';
import { defineSection } from './section';

export const bundleCustomerSchema = z
  .object({
    id,
    name: z.string(),
    type: z.string(),
    grade: z.string(),
    address: z.string(),
    contact: z.string(),
    contactTitle: z.string(),
    phone: z.string(),
    ownerId: id.nullable(),
  })
  .strict();
export type BundleCustomer = z.infer<typeof bundleCustomerSchema>;

const v1 = z.array(bundleCustomerSchema);

/** A customer of the file as version 2 carries it; phones are empty unless the office sends them. */
const customerV2 = z
  .object({
    id,
    code: z.string().max(30),
    name: z.string().max(100),
    type: z.string().max(30),
    grade: z.string().max(10),
    industry: z.string().max(50),
    city: z.string().max(50),
    address: z.string().max(200),
    source: z.string().max(50),
    status: z.string().max(10),
    ownerId: id.nullable(),
    lastContact: z.string().nullable(),
    people: z
      .array(
        z
          .object({ name: z.string().max(50), title: z.string().max(50), phones: z.string().max(80) })
          .strict(),
      )
      .max(20),
  })
  .strict();

/** Per owner on the month's last day: customers, and how many were overdue or due soon. */
const contactStatsV2 = z
  .object({
    ownerId: id,
    name: z.string().max(50),
    customers: z.number().int().min(0),
    overdue: z.number().int().min(0),
    dueSoon: z.number().int().min(0),
    contactsInMonth: z.number().int().min(0),
  })
  .strict();

/**
 * Version 2 carries the whole customer file (not only those the reports name), each customer's
 * people, the contact statistics per owner, and whether phone numbers were sent (a setting, off by
 * default: they are personal data).
 */
const v2 = z
  .object({
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    phonesIncluded: z.boolean(),
    customers: z.array(customerV2).max(100_000),
    contactStats: z.array(contactStatsV2).max(1_000),
  })
  .strict();
export type BundleCustomersV2 = z.infer<typeof v2>;

/** The office's customer file (客户档案) and its regular-contact statistics (定期联系). */
export const customersSection = defineSection(
  'customers',
  { 1: v1, 2: v2 },
  (version, data): BundleCustomersV2 => {
    if (version >= 2) return data as BundleCustomersV2;
    const old = data as z.output<typeof v1>;
    return {
      asOf: '',
      phonesIncluded: old.some((c) => c.phone !== ''),
      customers: old.map((c) => ({
        id: c.id,
        code: '',
        name: c.name,
        type: c.type,
        grade: c.grade,
        industry: '',
        city: '',
        address: c.address,
        source: '',
        status: '合作',
        ownerId: c.ownerId,
        lastContact: null,
        people: c.contact || c.phone ? [{ name: c.contact, title: c.contactTitle, phones: c.phone }] : [],
      })),
      contactStats: [],
    };
  },
);
