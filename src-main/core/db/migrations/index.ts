import type { Kysely } from 'kysely';
import * as m001 from './001-initial';

export interface Migration {
  /** The user_version the database has after this step. */
  version: number;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}

/** Every migration in order; imported statically so a bundled app carries them all. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '001-initial', up: m001.up }];

/** The schema version this build of the app writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
