/**
 * The paper document model: what a printed form holds, independent of Word or HTML.
 * Built from a form declaration and its data (build-document.ts), rendered to .docx in the
 * main process and to an HTML print preview in the renderer, so both show the same text.
 */

/** Facts about the office and the report printed around a form's own fields. */
export interface DocMeta {
  company: string;
  officeName: string;
  regionCode: string;
  regionName: string;
  officeFax: string;
  officePhone: string;
  officeAddress: string;
  /** The author of the report (姓名). */
  personName: string;
  /** The period as printed, e.g. 2026年11月26日(星期四). */
  periodLabel: string;
  statusLabel: string;
  /** Who typed it in, when not the author (a clerk). */
  enteredByName?: string;
  submittedAt?: string;
  reviewComment?: string;
  reviewerName?: string;
  reviewedAt?: string;
  /** When the document was generated, printed small in the footer. */
  printedAt: string;
}

export interface DocCell {
  label: string;
  value: string;
  /** Columns of the grid this cell's value spans (label always takes one). */
  span?: number;
}

export type DocBlock =
  /** A label/value grid, `columns` label+value pairs per row. */
  | { kind: 'fieldGrid'; columns: number; cells: DocCell[] }
  /** A ruled table; each cell is a list of lines (stacked fields). */
  | { kind: 'table'; title: string; columns: { label: string; width: number }[]; rows: string[][][] }
  /** A labelled box of free text. */
  | { kind: 'text'; label: string; value: string }
  /** Signature and date lines. */
  | { kind: 'signatures'; items: { label: string; value: string }[] };

export interface DocModel {
  orientation: 'portrait' | 'landscape';
  /** Running header: company, form name and code, region, office, fax. */
  header: { left: string; right: string };
  title: string;
  code: string;
  deadlineText: string;
  blocks: DocBlock[];
  /** Small print in the footer beside the page numbers. */
  footerNote: string;
}
