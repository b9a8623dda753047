import type { pipelineMethods } from '../../../../src-shared/contract/pipeline';
import type { Letterhead } from '../../../../src-shared/documents/doc-meta';
import { buildPipelineReport } from '../../../../src-shared/documents/pipeline-report';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { currentUser, type HandlerContext, type ModuleHandlers, nowIso } from '../../handler-types';
import { type Office, requireOffice } from '../office';
import { closingHandlers } from './closing-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { listOpportunities } from './opportunity-list';
import { loadDetail, requireOpportunity } from './opportunity-repo';
import { opportunityHandlers } from './opportunity-handlers';
import { loadPipelineSettings, savePipelineSettings } from './pipeline-settings';

// Not imported from the documents module: it reaches the customers module, which imports this one.
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The office's letterhead as the report prints it (the documents module's mapping, for the same reason). */
const letterheadOf = (office: Office): Letterhead => ({
  company: office.company,
  officeName: office.office_name,
  regionCode: office.region_code,
  regionName: office.region_name,
  fax: office.fax,
  phone: office.phone,
  address: office.address,
});

/** The pipeline report as of today: the caller's open opportunities (a rep's own, else the region's). */
async function reportModel(ctx: HandlerContext) {
  const me = currentUser(ctx);
  const settings = await loadPipelineSettings(ctx.db);
  const today = officeDay(ctx.now());
  const opportunities = await listOpportunities(ctx.db, me, { status: 'open', query: '' }, settings, today);
  return buildPipelineReport({
    letterhead: letterheadOf(await requireOffice(ctx.db)),
    asOf: today,
    stages: settings.stages,
    opportunities,
    printedAt: formatDateTime(ctx.now().toISOString()),
  });
}

export const pipelineHandlers = {
  'pipeline.settings': async (_input, ctx) => loadPipelineSettings(ctx.db),

  'pipeline.updateSettings': async (input, ctx) => {
    const me = currentUser(ctx);
    await ctx.db
      .transaction()
      .execute((trx) => savePipelineSettings(trx, input, { id: me.id, at: nowIso(ctx) }));
    return loadPipelineSettings(ctx.db);
  },

  'pipeline.list': async (input, ctx) => {
    const me = currentUser(ctx);
    return listOpportunities(ctx.db, me, input, await loadPipelineSettings(ctx.db), officeDay(ctx.now()));
  },

  'pipeline.get': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireOpportunity(ctx.db, me, input.id);
    return loadDetail(ctx.db, row, await loadPipelineSettings(ctx.db), ctx.now());
  },

  ...opportunityHandlers,
  ...closingHandlers,
  ...evidenceHandlers,

  'pipeline.report': async (_input, ctx) => reportModel(ctx),

  'pipeline.reportDocx': async (_input, ctx) => {
    const model = await reportModel(ctx);
    const bytes = await ctx.renderer.render([model]);
    const fileName = `销售漏斗报告-${officeDay(ctx.now())}.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies ModuleHandlers<typeof pipelineMethods>;
