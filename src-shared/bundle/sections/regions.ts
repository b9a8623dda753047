import { z } from 'zod';
import { id } from '../../contract/common';
import { ROLES } from '../../domain/roles';
import { defineSection } from './section';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The office's region and who belonged to it during the month (区域划分). */
export const regionsSection = defineSection('regions', {
  1: z
    .object({
      region: z
        .object({
          code: z.string().min(1).max(20),
          name: z.string().max(50),
          coverage: z.string().max(500),
          marketTier: z.string().max(50),
          customerTypes: z.array(z.string().max(30)).max(50),
        })
        .strict(),
      memberships: z.array(
        z.object({ userId: id, role: z.enum(ROLES), fromDay: day, toDay: day.nullable() }).strict(),
      ),
    })
    .strict(),
});
export type BundleRegions = z.infer<(typeof regionsSection.versions)[1]>;
