import { z } from 'zod';
import { id } from '../../contract/common';
import { ROLES } from '../../domain/roles';
import { defineSection } from './section';

/** The office's people: every report's author, enterer, reviewer and actor is among them. */
export const peopleSection = defineSection('people', {
  1: z.array(
    z
      .object({
        id,
        name: z.string().max(50),
        role: z.enum(ROLES),
        /** Absent in bundles written before people carried it. */
        active: z.boolean().optional(),
      })
      .strict(),
  ),
});
export type BundlePerson = z.infer<(typeof peopleSection.versions)[1]>[number];
