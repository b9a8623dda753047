import type { DueSpan } from '../../../../src-shared/domain/deadlines/due-span';
import type { Db } from '../../db/database';

/**
 * Each person's due span in the office's region: from the later of the office's start date and
 * their first day in the region, to their last day there (null while they stay). A person who
 * never belonged to the office's region (head office's staff) has none.
 */
export async function dueSpans(db: Db): Promise<Map<number, DueSpan>> {
  const office = await db.selectFrom('office').select(['start_date', 'region_id']).executeTakeFirst();
  const spans = new Map<number, DueSpan>();
  if (!office || office.region_id === null) return spans;
  const rows = await db
    .selectFrom('region_assignments')
    .select(['user_id'])
    .select((eb) => [
      eb.fn.min('from_day').as('first_day'),
      // A running assignment has no last day, and then neither has the person's span.
      eb.fn.max(eb.fn.coalesce('to_day', eb.val('9999-12-31'))).as('last_day'),
    ])
    .where('region_id', '=', office.region_id)
    .groupBy('user_id')
    .execute();
  for (const r of rows) {
    const from = r.first_day > office.start_date ? r.first_day : office.start_date;
    const to = r.last_day === '9999-12-31' ? null : r.last_day;
    spans.set(r.user_id, { from, to });
  }
  return spans;
}

/** Whether a span has any day in a range of office days. */
export function spanMeets(span: DueSpan | undefined, from: string, to: string): boolean {
  if (!span) return false;
  return span.from <= to && (span.to === null || span.to >= from);
}
