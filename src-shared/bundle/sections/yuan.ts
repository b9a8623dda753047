import { z } from 'zod';

/**
 * An amount in 元 as a section carries it: finite, at most two decimals (分), like every amount the
 * office stores. Frozen with the section versions that use it.
 */
export const yuan = z
  .number()
  .finite()
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '金额最多保留两位小数');
