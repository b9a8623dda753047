import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/** A table's row count and SHA-256 of its rows in a canonical form. */
export interface TableHash {
  rows: number;
  sha256: string;
}

/** Tables that hold the database's own bookkeeping, not the installation's data. */
const BOOKKEEPING = new Set(['sqlite_sequence', 'schema_version']);

/**
 * One value as both dialects agree on it: bytes as hex, numbers and text as JSON. Integers and
 * reals come back as numbers from either driver (see postgres/connection.ts).
 */
function canonical(value: unknown): string {
  if (Buffer.isBuffer(value)) return `x${value.toString('hex')}`;
  return JSON.stringify(value ?? null);
}

/**
 * Counts and hashes every table's rows, serialised the same way whatever the dialect: columns in
 * name order, rows sorted, so a SQLite database and its PostgreSQL copy hash alike.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function tableHashes(db: Kysely<any>): Promise<Record<string, TableHash>> {
  const tables = await db.introspection.getTables();
  const out: Record<string, TableHash> = {};
  for (const table of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    if (BOOKKEEPING.has(table.name)) continue;
    const columns = table.columns.map((c) => c.name).sort();
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db);
    const lines = result.rows.map((row) => columns.map((c) => canonical(row[c])).join('\t')).sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    out[table.name] = { rows: lines.length, sha256: hash.digest('hex') };
  }
  return out;
}
