import { openConnection } from '../../src-main/core/db/connection';

/** One person's imported (ERP) actuals of a month (元). */
export interface ImportedActual {
  userId: number;
  month: string;
  sales: number;
  collection?: number | null;
}

/**
 * Writes imported actuals straight into an office's database, as a finished ERP import leaves them
 * (a month imported again replaces its figures), for tests about what is computed from them.
 */
export function importActuals(dbFile: string, rows: readonly ImportedActual[]): void {
  const sqlite = openConnection(dbFile).sqlite;
  const insert = sqlite.prepare(
    `insert into sales_figures (user_id, month, source, sales_actual, collection_actual, updated_at)
     values (?, ?, 'imported', ?, ?, '2026-12-01T02:00:00.000Z')
     on conflict (user_id, month, source) do update
       set sales_actual = excluded.sales_actual, collection_actual = excluded.collection_actual`,
  );
  for (const r of rows) insert.run(r.userId, r.month, r.sales, r.collection ?? null);
  sqlite.close();
}
