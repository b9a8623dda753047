/* eslint-disable @typescript-eslint/no-explicit-any -- copies whatever tables the schema has, untyped */
import { type Kysely, sql } from 'kysely';
import { type TableHash, tableHashes } from './table-hashes';

const BATCH = 500;

export interface TableCheck {
  table: string;
  sqlite: TableHash;
  postgres: TableHash | undefined;
  ok: boolean;
}

/** Tables with the tables they reference first, so rows are copied before rows that point at them. */
async function tablesInForeignKeyOrder(sqlite: Kysely<any>): Promise<string[]> {
  const tables = (await sqlite.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => n !== 'sqlite_sequence');
  const refs = new Map<string, string[]>();
  for (const t of tables) {
    const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${t})`.execute(
      sqlite,
    );
    refs.set(
      t,
      fks.rows.map((r) => r.table).filter((r) => r !== t),
    );
  }
  const out: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (out.includes(t) || path.has(t)) return;
    path.add(t);
    for (const r of refs.get(t) ?? []) visit(r, path);
    out.push(t);
  };
  for (const t of tables.sort()) visit(t, new Set());
  return out;
}

/**
 * Copies a SQLite head office into an empty, migrated PostgreSQL database in one transaction,
 * table by table in foreign-key order and in batches, then sets the identity sequences past the
 * copied ids. Rows pointing at later rows of their own table (a bundle superseded by a newer one)
 * are why the copy runs with triggers and foreign keys deferred to the end via replica mode.
 */
export async function copyToPostgres(sqlite: Kysely<any>, pg: Kysely<any>, log: (line: string) => void) {
  const order = await tablesInForeignKeyOrder(sqlite);
  await pg.transaction().execute(async (trx) => {
    for (const table of order) {
      const n = (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(trx))
        .rows[0]!.n;
      if (n > 0 && table !== 'ref_state')
        throw new Error(`PostgreSQL 数据库的 ${table} 表已有数据:请使用新建的空数据库。`);
    }
    await sql`set local session_replication_role = replica`.execute(trx);
    for (const table of order) {
      await sql`delete from ${sql.table(table)}`.execute(trx);
      let copied = 0;
      for (let offset = 0; ; offset += BATCH) {
        const rows = (
          await sql<
            Record<string, unknown>
          >`select * from ${sql.table(table)} order by rowid limit ${BATCH} offset ${offset}`.execute(sqlite)
        ).rows;
        if (rows.length === 0) break;
        await trx.insertInto(table).values(rows).execute();
        copied += rows.length;
      }
      const identity = await sql<{ seq: string | null }>`
        select pg_get_serial_sequence(${table}, column_name) as seq from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_identity = 'YES'`.execute(trx);
      const seq = identity.rows[0]?.seq;
      if (seq) {
        await sql`select setval(${seq}, coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
          trx,
        );
      }
      log(`${table}: ${copied}`);
    }
  });
}

/** Row counts and content hashes of both databases, table by table. */
export async function compareDatabases(sqlite: Kysely<any>, pg: Kysely<any>): Promise<TableCheck[]> {
  const a = await tableHashes(sqlite);
  const b = await tableHashes(pg);
  return Object.entries(a).map(([table, hash]) => ({
    table,
    sqlite: hash,
    postgres: b[table],
    ok: b[table] !== undefined && b[table].rows === hash.rows && b[table].sha256 === hash.sha256,
  }));
}
