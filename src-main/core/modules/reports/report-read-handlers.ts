import type { reportMethods } from '../../../../src-shared/contract/reports';
import { sql } from 'kysely';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { assertReadable, canRead } from './report-access';
import { loadReport, reportQuery, toDetail, toSummary } from './report-repo';

export const reportReadHandlers = {
  'reports.find': async (input, ctx) => {
    const me = currentUser(ctx);
    const authorId = input.authorId ?? me.id;
    const row = await reportQuery(ctx.db)
      .where('form_code', '=', input.formCode)
      .where('author_id', '=', authorId)
      .where('period_key', '=', input.periodKey)
      .executeTakeFirst();
    // "Absent" and "not yours" look the same, so nobody learns whether a colleague has filed.
    if (!row || !canRead(me, row)) return null;
    return toDetail(row);
  },

  'reports.get': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.id);
    assertReadable(me, row);
    return toDetail(row);
  },

  'reports.list': async (input, ctx) => {
    const me = currentUser(ctx);
    let q = reportQuery(ctx.db)
      .orderBy('reports.period_start', 'desc')
      .orderBy('reports.period_key', 'desc')
      .orderBy('author.display_name');
    if (input.formCode) q = q.where('form_code', '=', input.formCode);
    if (input.authorId) q = q.where('author_id', '=', input.authorId);
    if (input.status) q = q.where('reports.status', '=', input.status);
    if (input.from) q = q.where('reports.period_end', '>=', input.from);
    if (input.to) q = q.where('reports.period_start', '<=', input.to);
    if (input.text) {
      // instr() rather than LIKE so a user's % and _ match themselves.
      const needle = input.text.toLowerCase();
      q = q.where(
        sql<boolean>`(instr(lower(reports.data), ${needle}) > 0 or instr(lower(author.display_name), ${needle}) > 0
          or instr(lower(coalesce(reports.review_comment, '')), ${needle}) > 0)`,
      );
    }
    if (me.role === 'rep') q = q.where('author_id', '=', me.id);
    if (me.role === 'clerk') {
      q = q.where((eb) => eb.or([eb('reports.status', '!=', 'draft'), eb('entered_by', '=', me.id)]));
    }
    const rows = await q.limit(input.limit).execute();
    return rows.filter((r) => canRead(me, r)).map(toSummary);
  },
} satisfies Partial<ModuleHandlers<typeof reportMethods>>;
