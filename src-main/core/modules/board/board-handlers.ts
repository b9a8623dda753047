import { sql } from 'kysely';
import type { boardMethods } from '../../../../src-shared/contract/board';
import type {
  BoardCell,
  BoardState,
  OutputOf,
  ParsedInputOf,
  ReportSummary,
} from '../../../../src-shared/contract';
import { addDays } from '../../../../src-shared/domain/deadlines/calendar';
import { isWorkingDayWith } from '../../../../src-shared/domain/deadlines/rules';
import {
  calendarForms,
  decisionFields,
  FORM_CODES,
  type FormCode,
  getForm,
} from '../../../../src-shared/domain/forms';
import {
  parsePeriod,
  type PeriodKind,
  periodLabel,
  periodsBetween,
} from '../../../../src-shared/domain/periods';
import { isOwedWithin, UNBOUNDED_SPAN } from '../../../../src-shared/domain/deadlines/due-span';
import type { ReportStatus } from '../../../../src-shared/domain/report-status';
import type { Role } from '../../../../src-shared/domain/roles';
import { flagOf } from '../../platform/db-values';
import { currentUser, type HandlerContext, type ModuleHandlers, type SessionUser } from '../../handler-types';
import { canRead, dueFor, reportQuery, toSummary } from '../reports';
import { dueSpans, spanMeets } from '../people';
import { loadDeadlines } from '../settings';

const DONE = new Set(['submitted', 'approved', 'sent']);

/** The due moment of a period nobody expected of this person. */
const NOT_EXPECTED = { at: null, late: false } as const;

/** The longest period a form can have (a quarter), in days. */
const QUARTER_DAYS = 92;

/** Days a period of each kind spans at most: a report overlapping a range starts at most this less one before it. */
const LONGEST_DAYS: Readonly<Record<PeriodKind, number>> = {
  day: 1,
  week: 7,
  month: 31,
  quarter: QUARTER_DAYS,
  event: 1,
};

/** Days of the office calendar; the board's lists keep to the reports whose period overlaps them. */
export interface DayRange {
  from: string;
  to: string;
}

/** Reports whose period overlaps the range; no period is longer than a quarter, which bounds the scan. */
function overlapping(range: DayRange | undefined) {
  return <Q extends ReturnType<typeof reportQuery>>(q: Q): Q =>
    range
      ? (q
          .where('reports.period_start', '>=', addDays(range.from, -QUARTER_DAYS))
          .where('reports.period_start', '<=', range.to)
          .where('reports.period_end', '>=', range.from) as Q)
      : q;
}

/** Submitted reports whose reviewer's comment is past due (F03: 2 working days), within a range if given. */
export async function reviewsOverdue(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  me: SessionUser,
  now: Date,
  range?: DayRange,
): Promise<ReportSummary[]> {
  const rows = await reportQuery(ctx.db)
    .where('reports.status', '=', 'submitted')
    .where('reports.review_due_at', '<', now.toISOString())
    .$call(overlapping(range))
    .execute();
  return rows.filter((r) => canRead(me, r)).map(toSummary);
}

/** Reports of forms that ask for a decision (重要事项报告), handed in and not answered yet, within a range if given. */
export async function undecidedMatters(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  me: SessionUser,
  range?: DayRange,
): Promise<ReportSummary[]> {
  const asking = FORM_CODES.filter((c) => decisionFields(getForm(c)).length > 0);
  if (asking.length === 0) return [];
  const rows = await reportQuery(ctx.db)
    .where('reports.form_code', 'in', asking)
    .where('reports.status', 'in', ['submitted', 'approved'])
    .where('reports.decided_at', 'is', null)
    .$call(overlapping(range))
    .execute();
  return rows.filter((r) => canRead(me, r)).map(toSummary);
}

/**
 * One form's reports whose period overlaps the range, by author and period: only the columns a
 * cell needs, read through the board's covering index. A period that overlaps the range starts at
 * most its longest length before it (a day's not at all), which keeps older years out of the scan.
 *
 * A year of 走访表 is some 12,000 reports; SQLite hands them over as one JSON array per person,
 * which costs half of building a JavaScript object for every row.
 */
async function cellRows(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  code: FormCode,
  authorIds: number[],
  range: DayRange,
): Promise<Map<number, Map<string, CellRow>>> {
  const rows = await ctx.db
    .selectFrom('reports')
    .select([
      'author_id',
      sql<string>`json_group_array(json_array(period_key, id, status, due_at, on_time, entered_by))`.as(
        'cells',
      ),
    ])
    .where('form_code', '=', code)
    .where('period_start', '>=', addDays(range.from, 1 - LONGEST_DAYS[getForm(code).period]))
    .where('period_start', '<=', range.to)
    .where('period_end', '>=', range.from)
    .where('author_id', 'in', authorIds)
    .groupBy('author_id')
    .execute();
  const byPerson = new Map<number, Map<string, CellRow>>();
  for (const row of rows) {
    const mine = new Map<string, CellRow>();
    for (const [period_key, id, status, due_at, on_time, entered_by] of JSON.parse(
      row.cells,
    ) as CellTuple[]) {
      mine.set(period_key, { id, author_id: row.author_id, status, due_at, on_time, entered_by });
    }
    byPerson.set(row.author_id, mine);
  }
  return byPerson;
}

/** A report as `cellRows` reads it, in the order of its `json_array`. */
type CellTuple = [string, number, ReportStatus, string | null, number | null, number];

/** What a board cell reads of a report. */
interface CellRow {
  id: number;
  author_id: number;
  status: ReportStatus;
  due_at: string | null;
  on_time: number | null;
  entered_by: number;
}

export type BoardInput = ParsedInputOf<'board.get'>;

/** The board as `me` may see it: cells, punctuality, overdue reviews and undecided matters. */
export async function buildBoard(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  me: SessionUser,
  input: BoardInput,
): Promise<OutputOf<'board.get'>> {
  const now = ctx.now();
  const settings = await loadDeadlines(ctx.db);
  let peopleQ = ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'active'])
    .where('role', 'in', ['rep', 'manager'])
    .orderBy('role', 'desc')
    .orderBy('display_name');
  if (me.role === 'rep') peopleQ = peopleQ.where('id', '=', me.id);
  if (input.authorId) peopleQ = peopleQ.where('id', '=', input.authorId);
  // Who owed reports in the range: everyone active, and those who left during it.
  const spans = await dueSpans(ctx.db);
  const people = (await peopleQ.execute()).filter(
    (p) => p.active === 1 || spanMeets(spans.get(p.id), input.from, input.to),
  );
  const forms = input.formCode ? [input.formCode] : calendarForms();
  const authorIds = people.length ? people.map((p) => p.id) : [0];

  const nowMs = now.getTime();
  const cells: BoardCell[] = [];
  const tally = new Map(people.map((p) => [p.id, { onTime: 0, late: 0, missing: 0 }]));
  for (const code of forms) {
    const form = getForm(code);
    // Joint visits and events come when they happen: nobody is late with one that never happened.
    if (!form.expectedFrom || form.period === 'event') continue;
    const expected = form.expectedFrom;
    // Who else may file it (a manager's 走访表 when he visits alone) shows what he filed, never a gap.
    const filers: readonly Role[] = form.authors;
    let keys = periodsBetween(form.period, input.from, input.to);
    if (form.period === 'day') keys = keys.filter((d) => isWorkingDayWith(d, settings));
    // A period's label and its due moment for each role are the same on every row of the board.
    const periods = keys.map((key) => {
      const due = new Map(
        expected.map((role) => {
          const at = dueFor(code, key, role, {}, settings);
          return [role, { at, late: at !== null && Date.parse(at) < nowMs }] as const;
        }),
      );
      return { key, range: parsePeriod(form.period, key)!, label: periodLabel(form.period, key), due };
    });
    const byPerson = await cellRows(ctx, code, authorIds, input);
    for (const p of people) {
      const isExpected = expected.includes(p.role);
      if (!isExpected && !filers.includes(p.role)) continue;
      const t = tally.get(p.id)!;
      const mine = byPerson.get(p.id);
      if (!isExpected && !mine) continue;
      const span = spans.get(p.id) ?? UNBOUNDED_SPAN;
      for (const period of periods) {
        const r = mine?.get(period.key);
        // Nothing is owed before the office started or the person joined, nor after they left;
        // a report filed anyway still shows, with its own due moment.
        const owed = isExpected && isOwedWithin(span, period.range, period.due.get(p.role)!.at);
        if (!r && !owed) continue;
        const expectedDue = (owed && period.due.get(p.role)) || NOT_EXPECTED;
        let state: BoardState;
        let due = expectedDue.at;
        let late = expectedDue.late;
        let readable = false;
        if (r) {
          if (r.due_at !== due) {
            due = r.due_at;
            late = due !== null && Date.parse(due) < nowMs;
          }
          const done = DONE.has(r.status);
          readable = canRead(me, r);
          state = readable ? r.status : 'draft';
          if (done) {
            if (r.on_time === 1) t.onTime++;
            else if (r.on_time === 0) t.late++;
          } else if (late) {
            state = 'overdue';
            t.missing++;
          }
        } else {
          state = late ? 'overdue' : 'notStarted';
          if (late) t.missing++;
        }
        cells.push({
          formCode: code,
          authorId: p.id,
          periodKey: period.key,
          periodLabel: period.label,
          state,
          reportId: r && readable ? r.id : null,
          dueAt: due,
          onTime: r ? flagOf(r.on_time) : null,
        });
      }
    }
  }

  return {
    now: now.toISOString(),
    people: people.map((p) => ({ id: p.id, name: p.display_name, role: p.role })),
    cells,
    punctuality: people.map((p) => {
      const t = tally.get(p.id)!;
      const total = t.onTime + t.late + t.missing;
      return { authorId: p.id, ...t, rate: total ? t.onTime / total : null };
    }),
    reviewsOverdue: await reviewsOverdue(ctx, me, now, input),
    undecided: await undecidedMatters(ctx, me, input),
  };
}

export const boardHandlers = {
  'board.get': async (input, ctx) => buildBoard(ctx, currentUser(ctx), input),
} satisfies Partial<ModuleHandlers<typeof boardMethods>>;
