import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../../../db/migrations';
import { keepBundle } from '../bundle-store';

// Frozen: a migration describes the database as it was on the day it shipped.
/**
 * Moves each received bundle's zip out of ho_bundles into the data folder (bundles-received/,
 * under its SHA-256) and keeps only the hash in the row. One row at a time, so a head office with
 * gigabytes of bundles never holds more than one in memory. The files are written before the step
 * commits; if it fails, they are unreferenced copies and the database is as it was.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, context?: MigrationContext): Promise<void> {
  await sql`alter table ho_bundles add column zip_sha256 text not null default ''`.execute(db);
  const ids = await sql<{ id: number }>`select id from ho_bundles order by id`.execute(db);
  if (ids.rows.length > 0 && !context)
    throw new Error('moving bundles out of the database needs the data folder');
  for (const { id } of ids.rows) {
    const row = await sql<{ zip: Buffer }>`select zip from ho_bundles where id = ${id}`.execute(db);
    const sha256 = await keepBundle(context!.dataDir, row.rows[0]!.zip);
    await sql`update ho_bundles set zip_sha256 = ${sha256} where id = ${id}`.execute(db);
  }
  await sql`alter table ho_bundles drop column zip`.execute(db);
}
