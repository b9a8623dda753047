import type { Migration } from '../../migrations';
import * as baseline from './020-baseline';
import * as m021 from './021-bundles-out-of-rows';

/**
 * PostgreSQL's schema steps. The baseline creates the schema of SQLite version 20 at once; from
 * then on every step of the SQLite chain that changes the schema gets its PostgreSQL twin here
 * with the same version, so both dialects name the same schema by one number (a test keeps the
 * two chains' latest versions equal).
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 20, name: '020-baseline', up: baseline.up },
  { version: 21, name: '021-bundles-out-of-rows', up: m021.up },
];
