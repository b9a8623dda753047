import { z } from 'zod';
import { id } from '../../contract/common';
import { ROLES } from '../../domain/roles';
import { defineSection } from './section';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const profileV1 = z
  .object({
    code: z.string().min(1).max(20),
    name: z.string().max(50),
    coverage: z.string().max(500),
    marketTier: z.string().max(50),
    customerTypes: z.array(z.string().max(30)).max(50),
  })
  .strict();

const memberships = z.array(
  z.object({ userId: id, role: z.enum(ROLES), fromDay: day, toDay: day.nullable() }).strict(),
);

const v1 = z.object({ region: profileV1, memberships }).strict();

/**
 * Version 2 names the region's manager (每个单元由一名区域销售经理负责) on the month's last day;
 * a version 1 section, written before offices named one, reads as having none on record.
 */
const v2 = z
  .object({
    region: profileV1.extend({ managerName: z.string().max(50).nullable() }).strict(),
    memberships,
  })
  .strict();

/** The office's region and who belonged to it during the month (区域划分). */
export const regionsSection = defineSection('regions', { 1: v1, 2: v2 }, (version, data) => {
  if (version >= 2) return data as z.output<typeof v2>;
  const old = data as z.output<typeof v1>;
  return { ...old, region: { ...old.region, managerName: null } };
});
export type BundleRegions = z.infer<typeof v2>;
export type BundleRegionsV1 = z.infer<typeof v1>;
