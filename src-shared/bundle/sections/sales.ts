import { z } from 'zod';
import { id } from '../../contract/common';
import { defineSection } from './section';

const amount = z.number().finite().nullable();

/** The month's sales and collection figures per person, from every source the office has. */
export const salesSection = defineSection('sales', {
  1: z.array(
    z
      .object({
        userId: id,
        source: z.enum(['adjusted', 'imported', 'report']),
        salesTarget: amount,
        salesActual: amount,
        collectionTarget: amount,
        collectionActual: amount,
      })
      .strict(),
  ),
});
export type BundleSales = z.infer<(typeof salesSection.versions)[1]>;
