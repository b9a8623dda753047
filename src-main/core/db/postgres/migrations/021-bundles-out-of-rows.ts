import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
/**
 * PostgreSQL's twin of SQLite's step 21: received bundles are kept as files in the data folder,
 * the row keeps their hash. No PostgreSQL head office held bundles before this step (the baseline
 * shipped with it), so there are no bytes to move.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table ho_bundles add column zip_sha256 text not null default ''`.execute(db);
  await sql`alter table ho_bundles drop column zip`.execute(db);
}
