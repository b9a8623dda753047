import type { Kysely } from 'kysely';
import * as m001 from './001-initial';
import * as m002 from './002-periods-settings';
import * as m003 from './003-bundle-exports';
import * as m004 from './004-head-office';

/** What a step may need besides the database: a step that moves data into files needs the data folder. */
export interface MigrationContext {
  dataDir: string;
}

export interface Migration {
  /** The user_version the database has after this step. */
  version: number;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, context?: MigrationContext): Promise<void>;
}

/**
 * The schema steps written before the core was split into modules, frozen as they shipped; from
 * version 5 on, each module declares its own steps (see modules/index.ts, which joins them).
 */
export const FOUNDATION_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-initial', up: m001.up },
  { version: 2, name: '002-periods-settings', up: m002.up },
  { version: 3, name: '003-bundle-exports', up: m003.up },
  { version: 4, name: '004-head-office', up: m004.up },
];

/**
 * All steps in version order, checked to run 1, 2, 3… without a gap or a repeat, so two modules
 * that picked the same number fail every test instead of skipping a step.
 */
export function orderMigrations(steps: readonly Migration[]): Migration[] {
  const sorted = [...steps].sort((a, b) => a.version - b.version);
  sorted.forEach((step, i) => {
    if (step.version !== i + 1) {
      throw new Error(`migration ${step.name} has version ${step.version}, expected ${i + 1}`);
    }
  });
  return sorted;
}
