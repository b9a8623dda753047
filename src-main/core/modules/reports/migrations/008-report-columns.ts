import { type Kysely, sql } from 'kysely';

/** A report's line in lists as this release wrote it: visits counted on a 走访表, else its title. */
function headlineOf(formCode: string, data: Record<string, unknown>): string {
  if (formCode === 'F01') return `${Array.isArray(data.visits) ? data.visits.length : 0} 次拜访`;
  for (const key of ['subject', 'title', 'customerName', 'content']) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 40);
  }
  return '';
}

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // When the manager answered a report that asks for a decision (重要事项报告): the board lists
  // the ones still waiting from this column instead of reading every report's content.
  await db.schema.alterTable('reports').addColumn('decided_at', 'text').execute();
  await sql`update reports set decided_at = (
              select max(v.at) from report_versions v where v.report_id = reports.id and v.action = 'decide')`.execute(
    db,
  );
  // The line lists show for a report, kept beside it so a list never reads report content.
  await db.schema
    .alterTable('reports')
    .addColumn('headline', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const reports = (await db.selectFrom('reports').select(['id', 'form_code', 'data']).execute()) as {
    id: number;
    form_code: string;
    data: string;
  }[];
  for (const r of reports) {
    const headline = headlineOf(r.form_code, JSON.parse(r.data) as Record<string, unknown>);
    if (headline) await db.updateTable('reports').set({ headline }).where('id', '=', r.id).execute();
  }
  await db.schema.createIndex('reports_review').on('reports').columns(['status', 'review_due_at']).execute();
  // The board reads a form's reports over a range of days for a set of people: every column it
  // needs is in the index, so it never reads the rows, whose content can be kilobytes each.
  await db.schema
    .createIndex('reports_board')
    .on('reports')
    .columns([
      'form_code',
      'period_start',
      'author_id',
      'period_end',
      'period_key',
      'status',
      'due_at',
      'on_time',
      'entered_by',
    ])
    .execute();
}
