import type { documentsMethods } from '../../../../src-shared/contract/documents';
import { buildFaxCover } from '../../../../src-shared/documents/fax-cover';
import { buildMonthOfVisits } from '../../../../src-shared/documents/month-visits';
import { officeDay } from '../../../../src-shared/domain/deadlines/f01-deadline';
import { periodLabel } from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { loadOffice } from '../office';
import { assertReadable, canRead } from '../reports';
import { loadReport, reportQuery } from '../reports';
import { DOCX_MIME, reportDocModel, reportFileName } from './report-document';

async function office(ctx: HandlerContext) {
  const o = await loadOffice(ctx.db);
  if (!o) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
  return o;
}

export const documentHandlers = {
  'documents.generate': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.reportId);
    assertReadable(me, row);
    const bytes = await ctx.renderer.render([reportDocModel(row, await office(ctx), ctx.now())]);
    const file = ctx.files.add(bytes, reportFileName(row), DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName: file.fileName };
  },

  'documents.preview': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.reportId);
    assertReadable(me, row);
    return reportDocModel(row, await office(ctx), ctx.now());
  },

  'documents.monthOfVisits': async (input, ctx) => {
    const me = currentUser(ctx);
    const first = `${input.month}-01`;
    const last = `${input.month}-31`;
    const rows = (
      await reportQuery(ctx.db)
        .where('form_code', '=', 'F01')
        .where('author_id', '=', input.authorId)
        .where('reports.period_start', '>=', first)
        .where('reports.period_start', '<=', last)
        .orderBy('reports.period_key')
        .execute()
    ).filter((r) => canRead(me, r));
    if (rows.length === 0) throw new ApiError('NOT_FOUND', '该月没有可打印的走访表。');
    const o = await office(ctx);
    const now = ctx.now();
    const monthLabel = periodLabel('month', input.month);
    const models = buildMonthOfVisits(
      rows.map((r) => reportDocModel(r, o, now)),
      { personName: rows[0]!.author_name, monthLabel },
    );
    const bytes = await ctx.renderer.render(models);
    const fileName = `F01-走访表-${rows[0]!.author_name}-${input.month}-月汇总.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },

  'documents.faxPack': async (input, ctx) => {
    const me = currentUser(ctx);
    const rows = [];
    for (const id of input.reportIds) {
      const row = await loadReport(ctx.db, id);
      assertReadable(me, row);
      rows.push(row);
    }
    const o = await office(ctx);
    const now = ctx.now();
    const models = rows.map((r) => reportDocModel(r, o, now));
    const cover = buildFaxCover({
      company: o.company,
      officeName: o.office_name,
      regionName: o.region_name,
      officeFax: o.fax,
      officePhone: o.phone,
      to: input.to,
      toFax: input.toFax,
      from: `${o.office_name} ${me.displayName}`,
      date: officeDay(now),
      pages: 'document',
      subject: input.subject,
      documents: rows.map((r) => ({ title: `${reportFileName(r).replace(/\.docx$/, '')}` })),
    });
    const bytes = await ctx.renderer.render([cover, ...models]);
    const fileName = `传真-${input.to}-${officeDay(now)}.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies Partial<ModuleHandlers<typeof documentsMethods>>;
