import type { ReportRecord } from '../contract/report-record';
import { formatDateTime } from '../domain/deadlines/format-time';
import { STATUS_LABELS } from '../domain/report-status';
import type { DocMeta } from './doc-model';

/** The office a report is printed under: the running header of every page. */
export interface Letterhead {
  company: string;
  officeName: string;
  regionCode: string;
  regionName: string;
  fax: string;
  phone: string;
  address: string;
}

/**
 * The paper facts around a report's own fields, the same at the office and at head office: the
 * letterhead, who wrote it for which period, who typed it in, when it was submitted and reviewed.
 */
export function docMetaOf(
  record: Omit<ReportRecord, 'data'>,
  letterhead: Letterhead,
  printedAt?: string,
): DocMeta {
  return {
    company: letterhead.company,
    officeName: letterhead.officeName,
    regionCode: letterhead.regionCode,
    regionName: letterhead.regionName,
    officeFax: letterhead.fax,
    officePhone: letterhead.phone,
    officeAddress: letterhead.address,
    personName: record.author.name,
    periodLabel: record.periodLabel,
    statusLabel: STATUS_LABELS[record.status],
    ...(record.enteredBy.id !== record.author.id ? { enteredByName: record.enteredBy.name } : {}),
    ...(record.submittedAt ? { submittedAt: formatDateTime(record.submittedAt) } : {}),
    ...(record.reviewComment ? { reviewComment: record.reviewComment } : {}),
    ...(record.reviewer ? { reviewerName: record.reviewer.name } : {}),
    ...(record.reviewedAt ? { reviewedAt: formatDateTime(record.reviewedAt) } : {}),
    ...(printedAt ? { printedAt } : {}),
  };
}
