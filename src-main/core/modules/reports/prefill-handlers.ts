import type { reportMethods } from '../../../../src-shared/contract/reports';
import { formTables, getForm, headerFields, type PrefillSource } from '../../../../src-shared/domain/forms';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { quarterCoaching } from '../training';
import { jointVisitCount, newCustomerCount, type PrefillScope, visitCount } from './prefill-sources';
import { quarterMonthlySales, quarterSalesActual, quarterSalesTarget } from './prefill-quarter';
import { periodCollectionTarget, periodSalesTarget } from './prefill-targets';
import { periodRange } from './report-period';
import { resolveAuthor } from './report-write-handlers';

// Keyed by every declared source, so a form naming a source the server lacks fails the build.
const SOURCES: Record<
  PrefillSource,
  (db: Parameters<typeof visitCount>[0], s: PrefillScope) => Promise<unknown>
> = {
  weekVisitCount: visitCount,
  weekNewCustomerCount: newCustomerCount,
  monthVisitCount: visitCount,
  monthJointVisitCount: jointVisitCount,
  weekSalesTarget: periodSalesTarget,
  weekCollectionTarget: periodCollectionTarget,
  monthSalesTarget: periodSalesTarget,
  monthCollectionTarget: periodCollectionTarget,
  quarterMonthlySales,
  quarterSalesTarget,
  quarterSalesActual,
  quarterCoaching,
};

export const prefillHandlers = {
  'reports.prefill': async (input, ctx) => {
    const me = currentUser(ctx);
    const form = getForm(input.formCode);
    const author = await resolveAuthor(ctx, me, input.formCode, input.authorId);
    const range = periodRange(input.formCode, input.periodKey);
    const scope: PrefillScope = { authorId: author.id, authorRole: author.role, ...range };
    const values: Record<string, unknown> = {};
    // Sources are named on header fields and, for whole tables, on the table.
    const sources: { key: string; source?: string }[] = [
      ...headerFields(form).map((f) => ({ key: f.key, source: f.prefill })),
      ...formTables(form).map((t) => ({ key: t.key, source: (t as { prefill?: string }).prefill })),
    ];
    for (const { key, source } of sources) {
      const compute = source ? SOURCES[source as PrefillSource] : undefined;
      if (!compute) continue;
      const value = await compute(ctx.db, scope);
      if (value !== undefined) values[key] = value;
    }
    return { values };
  },
} satisfies Partial<ModuleHandlers<typeof reportMethods>>;
