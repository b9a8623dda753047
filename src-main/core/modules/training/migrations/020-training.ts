import { type Kysely, sql } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_sessions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    // An internal trainer is a person of the office; an outside one is a name only.
    .addColumn('trainer_id', 'integer', (c) => c.references('users.id'))
    .addColumn('trainer_name', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull().check(sql`hours > 0 and hours <= 24`))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('scheduled')
        .check(sql`status in ('scheduled','held','cancelled')`),
    )
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('training_sessions_times', sql`end_time > start_time`)
    .execute();
  await db.schema.createIndex('training_sessions_day').on('training_sessions').column('day').execute();

  // The mandatory attendees, resolved when the session is scheduled (a whole region: its people
  // on that day); attendance and the test score are entered by the clerk from the signed sheet.
  await db.schema
    .createTable('training_attendees')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('attendance', 'text', (c) => c.check(sql`attendance in ('present','late','absent','excused')`))
    .addColumn('score', 'real', (c) => c.check(sql`score >= 0 and score <= 100`))
    .addColumn('entered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('entered_at', 'text')
    .addPrimaryKeyConstraint('training_attendees_pk', ['session_id', 'user_id'])
    .addCheckConstraint(
      'training_attendees_entered',
      sql`(attendance is null and score is null) = (entered_by is null)`,
    )
    .execute();
  await db.schema.createIndex('training_attendees_user').on('training_attendees').column('user_id').execute();

  await db.schema
    .createTable('training_materials')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id'))
    .addPrimaryKeyConstraint('training_materials_pk', ['session_id', 'attachment_id'])
    .execute();

  // 个人发展计划: items proposed from F02 协访 scores or written by the manager.
  await db.schema
    .createTable('development_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('skill', 'text', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('proposed','open','done','dropped')`),
    )
    // From an F02: the report and the score dimension that proposed it; null for a manager's item.
    .addColumn('source_report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('dimension', 'text')
    .addColumn('closed_report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('close_note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('development_items_source', sql`(source_report_id is null) = (dimension is null)`)
    .addCheckConstraint(
      'development_items_closed',
      sql`(status in ('done','dropped')) = (closed_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('development_items_user')
    .on('development_items')
    .columns(['user_id', 'status'])
    .execute();
  // One open proposal per person and dimension: a second low score does not propose it again.
  await sql`create unique index development_items_open_dimension on development_items (user_id, dimension)
            where dimension is not null and status in ('proposed','open')`.execute(db);
}
