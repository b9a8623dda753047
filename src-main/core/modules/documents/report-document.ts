import { buildDocument } from '../../../../src-shared/documents/build-document';
import { docMetaOf, type Letterhead } from '../../../../src-shared/documents/doc-meta';
import type { DocModel } from '../../../../src-shared/documents/doc-model';
import { buildMonthBook } from '../../../../src-shared/documents/month-book';
import { getForm } from '../../../../src-shared/domain/forms';
import { periodLabel } from '../../../../src-shared/domain/periods';
import type { Office } from '../office';
import { dataOf, recordOf, type ReportRow } from '../reports';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The office's letterhead, printed at the top of every page of its documents. */
export function letterheadOf(office: Office): Letterhead {
  return {
    company: office.company,
    officeName: office.office_name,
    regionCode: office.region_code,
    regionName: office.region_name,
    fax: office.fax,
    phone: office.phone,
    address: office.address,
  };
}

/**
 * The paper model of one report: shared by Word, the print preview and the month bundle. It
 * depends on the report version and the letterhead only (no print time), so its Word file is
 * rendered once and kept in the paper store.
 */
export function reportDocModel(row: ReportRow, office: Office): DocModel {
  const data = dataOf(row);
  const meta = docMetaOf(recordOf(row, data), letterheadOf(office));
  return buildDocument(getForm(row.form_code), data, meta);
}

/**
 * One person's month of a form that prints as a month book (走访表): a cover with the month's
 * figures, then each report as documents.generate prints it. `rows` are the person's, in order.
 */
export function monthBookModels(rows: ReportRow[], office: Office, month: string): DocModel[] {
  const first = rows[0]!;
  const days = rows.map((r) => {
    const data = dataOf(r);
    const record = recordOf(r, data);
    const meta = docMetaOf(record, letterheadOf(office));
    return {
      model: buildDocument(getForm(r.form_code), data, meta),
      data,
      periodLabel: record.periodLabel,
      statusLabel: meta.statusLabel,
    };
  });
  return buildMonthBook(getForm(first.form_code), days, {
    personName: first.author_name,
    monthLabel: periodLabel('month', month),
    regionName: office.region_name,
  });
}

/** The file name a report's Word document is saved under. */
export function reportFileName(row: ReportRow): string {
  const form = getForm(row.form_code);
  return `${form.code}-${form.title}-${row.author_name}-${row.period_key}.docx`;
}
