import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../database';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * The repositories expect numbers where SQLite gives numbers: count(*) and sum() of integers come
 * back from PostgreSQL as int8 or numeric, which pg hands over as strings unless told otherwise.
 * Counts and sums here stay far below 2^53.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresConnection {
  pool: pg.Pool;
  db: Kysely<DB>;
}

/** A pool on a head office's PostgreSQL database, with the result types the core expects. */
export function openPostgres(url: string, max = 10): PostgresConnection {
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (err) => console.error('[regiondesk] PostgreSQL connection lost:', err.message));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { pool, db };
}
