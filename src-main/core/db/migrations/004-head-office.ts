import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // An installation is either a regional office or the head-office sales department (销售部).
  await db.schema
    .alterTable('office')
    .addColumn('mode', 'text', (c) =>
      c
        .notNull()
        .defaultTo('office')
        .check(sql`mode in ('office','headOffice')`),
    )
    .execute();

  // Head office: the regional offices whose bundles it accepts.
  await db.schema
    .createTable('ho_offices')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Each office's registered public keys; several while an office changes its key.
  await db.schema
    .createTable('ho_office_keys')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('office_code', 'text', (c) => c.notNull().references('ho_offices.code'))
    .addColumn('public_key_pem', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // 'file': registered from the office's key file; 'firstImport': trusted on first import.
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('file','firstImport')`))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'integer', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('ho_office_keys_office_fingerprint', ['office_code', 'fingerprint'])
    .execute();

  // One imported bundle (one office, one month, one revision). A newer revision of the same
  // office and month sets superseded_by on the older, which stays as history.
  await db.schema
    .createTable('ho_bundles')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('office_code', 'text', (c) => c.notNull().references('ho_offices.code'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('manifest_sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    // The bundle exactly as it arrived (parts joined): its documents are served from it, and its
    // signature can be checked again at any time.
    .addColumn('zip', 'blob', (c) => c.notNull())
    .addColumn('exported_at', 'text', (c) => c.notNull())
    .addColumn('exported_by', 'text', (c) => c.notNull())
    .addColumn('head_office_due_at', 'text')
    // office (letterhead), people, customers and gaps of data/bundle.json, as JSON
    .addColumn('office', 'text', (c) => c.notNull())
    .addColumn('people', 'text', (c) => c.notNull())
    .addColumn('customers', 'text', (c) => c.notNull())
    .addColumn('gaps', 'text', (c) => c.notNull())
    .addColumn('key_fingerprint', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('superseded_by', 'integer', (c) => c.references('ho_bundles.id'))
    .addUniqueConstraint('ho_bundles_office_period_revision', ['office_code', 'period', 'revision'])
    .execute();

  // What the files of a bundle are (Word documents, data, summary); their bytes stay in the zip.
  await db.schema
    .createTable('ho_bundle_files')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('bundle_id', 'integer', (c) => c.notNull().references('ho_bundles.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('form_code', 'text')
    .addColumn('report_ids', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ho_bundle_files_bundle').on('ho_bundle_files').column('bundle_id').execute();

  // The reports of a bundle; source_id is the report's id at the office.
  await db.schema
    .createTable('ho_reports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('bundle_id', 'integer', (c) => c.notNull().references('ho_bundles.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('form_code', 'text', (c) => c.notNull())
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('period_label', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('on_time', 'integer')
    .addColumn('due_at', 'text')
    .addColumn('submitted_at', 'text')
    // the whole report as data/bundle.json has it (content, reviewer, versions)
    .addColumn('report', 'text', (c) => c.notNull())
    .addUniqueConstraint('ho_reports_bundle_source', ['bundle_id', 'source_id'])
    .execute();
}
