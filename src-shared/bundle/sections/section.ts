import type { z } from 'zod';

/**
 * A module's part of data/bundle.json, with a schema per version it was ever written in. The
 * newest version is what this build writes; head office reads every version (older ones are
 * brought up to the newest by `upgrade`).
 */
export interface SectionDef<Name extends string = string, Latest = unknown> {
  name: Name;
  latest: number;
  versions: Record<number, z.ZodType>;
  /** Brings a section of an older version up to the latest; the identity when there is only one. */
  upgrade(version: number, data: unknown): Latest;
}

type LastOf<V extends Record<number, z.ZodType>> = V[keyof V];

/** Declares a section from its versions' schemas (1, 2, …; the highest is the latest). */
export function defineSection<
  const Name extends string,
  V extends Record<number, z.ZodType>,
  Latest = z.output<LastOf<V>>,
>(
  name: Name,
  versions: V,
  upgrade?: (version: number, data: unknown) => Latest,
): SectionDef<Name, Latest> & { versions: V } {
  const latest = Math.max(...Object.keys(versions).map(Number));
  return {
    name,
    latest,
    versions,
    upgrade: upgrade ?? ((_version, data) => data as Latest),
  };
}
