import { type Expression, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Db } from './database';

/** The two databases the core runs on: SQLite everywhere, PostgreSQL for a head office that outgrows one PC. */
export type DialectName = 'sqlite' | 'postgres';

/** Which database a connection or transaction talks to. */
export function dialectOf(db: Db): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A top-level text field of a JSON text column (`json_extract` in SQLite, `->>` in PostgreSQL). */
export function jsonText(db: Db, column: string, key: string): RawBuilder<string> {
  if (!/^[A-Za-z_]\w*$/.test(key)) throw new Error(`not a JSON key: ${key}`);
  return dialectOf(db) === 'postgres'
    ? sql<string>`(${sql.ref(column)}::jsonb ->> ${sql.lit(key)})`
    : sql<string>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${key}`)})`;
}

/** The larger of two values: SQLite's two-argument max(), PostgreSQL's greatest(). */
export function greatest<T>(db: Db, a: Expression<T>, b: Expression<T> | T): RawBuilder<T> {
  const name = dialectOf(db) === 'postgres' ? 'greatest' : 'max';
  return sql<T>`${sql.raw(name)}(${a}, ${b})`;
}

/**
 * Whether a text holds another as written (SQLite's instr(), PostgreSQL's strpos()): unlike LIKE,
 * a user's % or _ matches itself rather than acting as a wildcard.
 */
export function containsText(db: Db, haystack: Expression<string>, needle: string): RawBuilder<boolean> {
  const name = dialectOf(db) === 'postgres' ? 'strpos' : 'instr';
  return sql<boolean>`(${sql.raw(name)}(${haystack}, ${needle}) > 0)`;
}

/**
 * Makes transactions that name the same key run one after the other until they commit. SQLite
 * already runs one write transaction at a time; PostgreSQL's pool runs them side by side, so two
 * imports of one bundle would both find it missing and both insert it.
 */
export async function serializeOn(trx: Db, key: string): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
}
