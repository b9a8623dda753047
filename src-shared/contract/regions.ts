import { z } from 'zod';
import { empty, id, role } from './common';
import { method, onlyIn } from './define';

/** A region's profile: the regulation's 区域划分 (coverage, market tier, customer types). */
export const regionProfile = z.object({
  code: z.string(),
  name: z.string(),
  coverage: z.string(),
  marketTier: z.string(),
  customerTypes: z.array(z.string()),
});
export type RegionProfileView = z.infer<typeof regionProfile>;

/** A person's membership of the region, from one office day to another (null: still). */
export const regionMembership = z.object({
  userId: id,
  name: z.string(),
  role,
  fromDay: z.string(),
  toDay: z.string().nullable(),
});

export const regionsMethods = onlyIn('office', {
  /** The office's region and everyone who belonged to it, with dates, oldest first. */
  'regions.current': method({
    input: empty,
    output: z.object({ region: regionProfile, memberships: z.array(regionMembership) }),
    access: ['manager', 'clerk'],
  }),
});
