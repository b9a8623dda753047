import type { Feature } from './feature';

// Each folder of features/ exports its `feature` from index.ts(x); Vite finds them at build time,
// so a new feature registers its pages and navigation without a central list.
const found = import.meta.glob<{ feature?: Feature }>('../features/*/index.{ts,tsx}', { eager: true });

/** Every feature that contributes pages or navigation, in folder order. */
export const FEATURES: readonly Feature[] = Object.values(found).flatMap((m) =>
  m.feature ? [m.feature] : [],
);
