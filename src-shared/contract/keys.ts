import { z } from 'zod';
import { empty } from './common';
import { method, onlyIn } from './define';

/** The office's bundle-signing key: only a regional office signs bundles. */
export const keysMethods = onlyIn('office', {
  /** The office's signing key as head office registers it: fingerprint and date. */
  'keys.info': method({
    input: empty,
    output: z.object({ fingerprint: z.string(), createdAt: z.string(), privateKeyPresent: z.boolean() }),
    access: ['manager'],
  }),
  'keys.exportPublic': method({
    input: empty,
    output: z.object({ fileId: z.string(), fileName: z.string() }),
    access: ['manager'],
  }),
});
