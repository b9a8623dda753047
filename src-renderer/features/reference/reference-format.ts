import type { z } from 'zod';
import { formatYuan } from '../../app/format';

/** An amount kept in 分, shown in 元 with two decimals (24.50). */
export function fenLabel(fen: number): string {
  return formatYuan(fen / 100);
}

/**
 * A form's field errors from the contract's own schema, so the screen says at the field exactly
 * what the API would refuse; paths are joined with dots as @mantine/form names its fields.
 */
export function schemaErrors(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Where each kind of reference list is edited and imported. */
export const REF_PATHS = {
  products: '/reference/products',
  prices: '/reference/prices',
  dealers: '/reference/dealers',
  shipments: '/reference/shipments',
  import: (kind: 'products' | 'dealers' | 'shipments') => `/reference/import/${kind}`,
  publish: '/reference/publish',
  receive: '/reference/receive',
} as const;
