import type { documentsMethods } from '../../../../src-shared/contract/documents';
import { buildFaxCover } from '../../../../src-shared/documents/fax-cover';
import { officeDay } from '../../../../src-shared/domain/deadlines/f01-deadline';
import { getForm } from '../../../../src-shared/domain/forms';
import { parsePeriod } from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { requireOffice } from '../office';
import { assertReadable, canRead, loadReport, reportQuery } from '../reports';
import { DOCX_MIME, monthBookModels, reportDocModel, reportFileName } from './report-document';

export const documentHandlers = {
  'documents.generate': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.reportId);
    assertReadable(me, row);
    const bytes = await ctx.paper.get([reportDocModel(row, await requireOffice(ctx.db))]);
    const file = ctx.files.add(bytes, reportFileName(row), DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName: file.fileName };
  },

  'documents.preview': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.reportId);
    assertReadable(me, row);
    return reportDocModel(row, await requireOffice(ctx.db));
  },

  'documents.monthBook': async (input, ctx) => {
    const me = currentUser(ctx);
    const form = getForm(input.formCode);
    if (!form.monthCover)
      throw new ApiError('BAD_INPUT', `${form.title}不按月汇总打印。`, { formCode: '该表单没有月汇总' });
    const month = parsePeriod('month', input.month);
    if (!month) throw new ApiError('BAD_INPUT', '月份无效,请重新选择。', { month: '月份无效' });
    const rows = (
      await reportQuery(ctx.db)
        .where('reports.form_code', '=', input.formCode)
        .where('reports.author_id', '=', input.authorId)
        .where('reports.period_start', '>=', month.first)
        .where('reports.period_start', '<=', month.last)
        .orderBy('reports.period_key')
        .execute()
    ).filter((r) => canRead(me, r));
    if (rows.length === 0) throw new ApiError('NOT_FOUND', `该月没有可打印的${form.title}。`);
    const models = monthBookModels(rows, await requireOffice(ctx.db), input.month);
    const bytes = await ctx.paper.get(models);
    const fileName = `${form.code}-${form.title}-${rows[0]!.author_name}-${input.month}-月汇总.docx`;
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
    const o = await requireOffice(ctx.db);
    const now = ctx.now();
    const models = rows.map((r) => reportDocModel(r, o));
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
