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

/** The customers the month's reports name, as the office's customer file has them. */
export const customersSection = defineSection('customers', { 1: z.array(bundleCustomerSchema) });
