import type { Kysely } from 'kysely';
import * as m001 from './001-initial';
import * as m002 from './002-periods-settings';
import * as m003 from './003-bundle-exports';
import * as m004 from './004-head-office';

export interface Migration {
  /** The user_version the database has after this step. */
  version: number;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}

/** Every migration in order; imported statically so a bundled app carries them all. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-initial', up: m001.up },
  { version: 2, name: '002-periods-settings', up: m002.up },
  { version: 3, name: '003-bundle-exports', up: m003.up },
  { version: 4, name: '004-head-office', up: m004.up },
];

/** The schema version this build of the app writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
