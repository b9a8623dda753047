import { STATUS_LABELS } from '../../../../src-shared/domain/report-status';
import { getForm } from '../../../../src-shared/domain/forms';
import { buildDocument } from '../../../../src-shared/documents/build-document';
import type { DocMeta } from '../../../../src-shared/documents/doc-model';
import { ApiError } from '../../../../src-shared/errors';
import { renderDocx } from '../../documents/render-docx';
import { currentUser, type Handlers } from '../../handler-types';
import { loadOffice } from '../office/office-handlers';
import { assertReadable } from '../reports/report-access';
import { loadReport, type ReportRow } from '../reports/report-repo';
import { formatPeriod, formatDateTime } from './period-labels';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Builds the Word document of one report; shared by the API and by bundle export later. */
export async function reportDocx(
  row: ReportRow,
  office: NonNullable<Awaited<ReturnType<typeof loadOffice>>>,
  now: Date,
): Promise<{ bytes: Buffer; fileName: string }> {
  const form = getForm(row.form_code as 'F01');
  const meta: DocMeta = {
    company: office.company,
    officeName: office.office_name,
    regionCode: office.region_code,
    regionName: office.region_name,
    officeFax: office.fax,
    officePhone: office.phone,
    officeAddress: office.address,
    personName: row.author_name,
    periodLabel: formatPeriod(row.form_code, row.period_key),
    statusLabel: STATUS_LABELS[row.status],
    ...(row.entered_by !== row.author_id ? { enteredByName: row.enterer_name } : {}),
    ...(row.submitted_at ? { submittedAt: formatDateTime(row.submitted_at) } : {}),
    ...(row.review_comment ? { reviewComment: row.review_comment } : {}),
    ...(row.reviewer_name ? { reviewerName: row.reviewer_name } : {}),
    ...(row.reviewed_at ? { reviewedAt: formatDateTime(row.reviewed_at) } : {}),
    printedAt: formatDateTime(now.toISOString()),
  };
  const model = buildDocument(form, JSON.parse(row.data) as Record<string, unknown>, meta);
  const bytes = await renderDocx(model);
  const fileName = `${form.code}-${form.title}-${row.author_name}-${row.period_key}.docx`;
  return { bytes, fileName };
}

export const documentHandlers = {
  'documents.generate': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.reportId);
    assertReadable(me, row);
    const office = await loadOffice(ctx.db);
    if (!office) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
    const { bytes, fileName } = await reportDocx(row, office, ctx.now());
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies Pick<Handlers, 'documents.generate'>;
