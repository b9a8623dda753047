import type { BundlePipeline } from '../../../../src-shared/bundle/sections';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { daysInStage, isOverLimit } from '../../../../src-shared/domain/pipeline';
import { toYuan } from '../../../../src-shared/domain/performance';
import type { BundleSectionHandler } from '../../handler-types';
import { opportunityQuery } from './opportunity-repo';
import { loadPipelineSettings } from './pipeline-settings';
import type { OpportunityEventRow } from './tables';

type Out = BundlePipeline['opportunities'][number];

/**
 * An opportunity as it stood at the end of an office day, replayed from its history: a month is
 * often exported days later, after reps have moved or closed things.
 */
function standingAt(events: readonly OpportunityEventRow[], last: string) {
  let stage: string | null = null;
  let since: string | null = null;
  let closed: { status: 'won' | 'lost'; reason: string | null; at: string } | null = null;
  for (const e of events) {
    if (officeDay(new Date(e.at)) > last) break;
    if (e.kind === 'won' || e.kind === 'lost') closed = { status: e.kind, reason: e.reason, at: e.at };
    if (e.kind === 'reopened') closed = null;
    if (e.to_stage !== null && e.kind !== 'edited') {
      stage = e.to_stage;
      since = officeDay(new Date(e.at));
    }
  }
  return { stage, since, closed };
}

/**
 * The office's pipeline for the month's bundle: opportunities open on its last day and those won or
 * lost during it, each with the gates the manager overrode during the month.
 */
export const pipelineSection: BundleSectionHandler = {
  name: 'pipeline',
  write: async ({ db, first, last }): Promise<BundlePipeline> => {
    const settings = await loadPipelineSettings(db);
    const rows = await opportunityQuery(db).orderBy('opportunities.id').execute();
    const events = await db
      .selectFrom('opportunity_events')
      .selectAll()
      .orderBy('opportunity_id')
      .orderBy('at')
      .orderBy('id')
      .execute();
    const byOpportunity = new Map<number, OpportunityEventRow[]>();
    for (const e of events) {
      const list = byOpportunity.get(e.opportunity_id) ?? [];
      list.push(e);
      byOpportunity.set(e.opportunity_id, list);
    }
    const out: Out[] = [];
    for (const row of rows) {
      const history = byOpportunity.get(row.id) ?? [];
      const at = standingAt(history, last);
      if (at.stage === null || at.since === null) continue; // created after the month
      const closedDay = at.closed ? officeDay(new Date(at.closed.at)) : null;
      if (closedDay !== null && closedDay < first) continue; // closed before the month
      const stage = settings.stages.find((s) => s.key === at.stage);
      out.push({
        id: row.id,
        customerId: row.customer_id,
        customerName: row.customer_name.slice(0, 100),
        title: row.title,
        productLine: row.product_line,
        amount: toYuan(row.amount),
        expectedClose: row.expected_close,
        ownerId: row.owner_id,
        ownerName: row.owner_name.slice(0, 50),
        stage: at.stage,
        stageSince: at.since,
        overLimit: at.closed === null && isOverLimit(stage, daysInStage(at.since, last)),
        status: at.closed?.status ?? 'open',
        closedReason: at.closed?.reason ?? null,
        closedAt: at.closed?.at ?? null,
        overrides: history
          .filter((e) => e.kind === 'override')
          .filter((e) => {
            const day = officeDay(new Date(e.at));
            return day >= first && day <= last;
          })
          .slice(0, 100)
          .map((e) => ({
            at: e.at,
            fromStage: e.from_stage ?? '',
            toStage: e.to_stage ?? '',
            reason: e.reason ?? '',
          })),
      });
    }
    return {
      asOf: last,
      stages: settings.stages.map((s) => ({ key: s.key, name: s.name, probability: s.probability })),
      opportunities: out,
    };
  },
};
