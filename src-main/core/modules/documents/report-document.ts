import { buildDocument } from '../../../../src-shared/documents/build-document';
import type { DocMeta, DocModel } from '../../../../src-shared/documents/doc-model';
import { type FormCode, getForm } from '../../../../src-shared/domain/forms';
import { STATUS_LABELS } from '../../../../src-shared/domain/report-status';
import type { Office } from '../office';
import type { ReportRow } from '../reports';
import { labelOfPeriod } from '../reports';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The paper model of one report: shared by Word, the print preview and the month bundle. */
export function reportDocModel(row: ReportRow, office: Office, now: Date): DocModel {
  const form = getForm(row.form_code as FormCode);
  const meta: DocMeta = {
    company: office.company,
    officeName: office.office_name,
    regionCode: office.region_code,
    regionName: office.region_name,
    officeFax: office.fax,
    officePhone: office.phone,
    officeAddress: office.address,
    personName: row.author_name,
    periodLabel: labelOfPeriod(row.form_code, row.period_key),
    statusLabel: STATUS_LABELS[row.status],
    ...(row.entered_by !== row.author_id ? { enteredByName: row.enterer_name } : {}),
    ...(row.submitted_at ? { submittedAt: formatDateTime(row.submitted_at) } : {}),
    ...(row.review_comment ? { reviewComment: row.review_comment } : {}),
    ...(row.reviewer_name ? { reviewerName: row.reviewer_name } : {}),
    ...(row.reviewed_at ? { reviewedAt: formatDateTime(row.reviewed_at) } : {}),
    printedAt: formatDateTime(now.toISOString()),
  };
  return buildDocument(form, JSON.parse(row.data) as Record<string, unknown>, meta);
}

/** The file name a report's Word document is saved under. */
export function reportFileName(row: ReportRow): string {
  const form = getForm(row.form_code as FormCode);
  return `${form.code}-${form.title}-${row.author_name}-${row.period_key}.docx`;
}
