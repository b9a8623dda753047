import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sha256', 'text', (c) =>
      c.notNull().check(sql`length(sha256) = 64 and sha256 not glob '*[^0-9a-f]*'`),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull().check(sql`bytes > 0`))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Whether a file's bytes are still referenced is a lookup by hash.
  await db.schema.createIndex('attachments_sha256').on('attachments').column('sha256').execute();
}
