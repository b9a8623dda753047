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
  /** A label/value grid, `columns` label+value pairs per row; `large` sets it in 三号 for a fax cover. */
  | { kind: 'fieldGrid'; columns: number; cells: DocCell[]; large?: boolean }
  /** A ruled table; each cell is a list of lines (stacked fields). */
  | { kind: 'table'; title: string; columns: { label: string; width: number }[]; rows: string[][][] }
  /**
   * A labelled box of free text. `plain` prints it as a notice instead: the label (if any) and the
   * lines, with no ruled box and no room left for handwriting.
   */
  | { kind: 'text'; label: string; value: string; plain?: boolean; large?: boolean }
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

/** Width of a string in ems: CJK and full-width characters count one, as do checkboxes (□☑), the rest half. */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const box = (code >= 0x25a0 && code <= 0x25ff) || (code >= 0x2610 && code <= 0x2612);
    n += code >= 0x2e80 || box ? 1 : 0.5;
  }
  return n;
}

/** The label a signature line pairs with, for the date written beside the ink. */
export const SIGNATURE_DATE_LABEL = '日期';

// Paper geometry and printed lines shared by the Word renderer and the print preview, so the two agree.

/** A4 in millimetres, portrait. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * Page margins in millimetres: GB/T 9704 for portrait; landscape is tighter so a wide table fits,
 * never under 15 mm. `header` and `footer` are the running lines' distances from the paper's edge.
 */
export const PAGE_MARGINS_MM = {
  portrait: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 15 },
  landscape: { top: 22, bottom: 22, left: 20, right: 20, header: 10, footer: 10 },
} as const;

/** Type sizes in points (FORMS.md, paper rules). */
export const TYPE_PT = {
  /** 小四: filled content and labels where room allows. */
  body: 12,
  /** 五号: the floor for dense table cells and the running header and footer. */
  dense: 10.5,
  /** 三号: fields read across a fax machine, such as a fax cover's. */
  large: 16,
  /** 二号 in portrait, 小二 in landscape where height is scarcer. */
  titlePortrait: 22,
  titleLandscape: 18,
} as const;

/** Width between the side margins of a page, in points. */
export function contentWidthPt(orientation: DocModel['orientation']): number {
  const m = PAGE_MARGINS_MM[orientation];
  const width = orientation === 'landscape' ? A4_MM.height : A4_MM.width;
  return ((width - m.left - m.right) * 72) / 25.4;
}

/** The line under the title: the form's code and its deadline, or '' when the document has neither. */
export function codeLine(model: Pick<DocModel, 'code' | 'deadlineText'>): string {
  const parts: string[] = [];
  if (model.code) parts.push(`表号 ${model.code}`);
  if (model.deadlineText) parts.push(`报送时限:${model.deadlineText}`);
  return parts.join(' · ');
}

/** The page-number line of the footer around its two numbers: 第 X 页 共 Y 页. */
export const PAGE_NUMBER_TEXT = ['第 ', ' 页 共 ', ' 页'] as const;

/** Signature items as printed lines: each signature carries the 日期 items after it; blanks are rules for ink. */
export function signatureLines(items: { label: string; value: string }[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const isDate = item.label === SIGNATURE_DATE_LABEL;
    const text = `${item.label}:${item.value || (isDate ? '__________' : '________________')}`;
    if (isDate && lines.length > 0) lines[lines.length - 1] += `  ${text}`;
    else lines.push(text);
  }
  return lines;
}

/** Whether signature lines fit side by side on one line `widthPt` wide, each in an equal slot. */
export function signaturesFitOneLine(lines: string[], widthPt: number): boolean {
  const slot = widthPt / Math.max(lines.length, 1);
  return lines.every((line) => ems(line) * TYPE_PT.body < slot - TYPE_PT.body);
}

/** Cell padding in points, left and right of a table cell's text (4 pt each side). */
export const CELL_PADDING_PT = 4;

/**
 * The width in points of the label column shared by field grids and text boxes, so their rules line up:
 * the widest label at its size, clamped to 4–6 ems so values keep most of the row.
 */
export function labelColumnPt(blocks: DocBlock[]): number {
  const width = (labels: string[], size: number) =>
    Math.min(Math.max(4, ...labels.map(ems)), 6) * size + 2 * CELL_PADDING_PT + 3;
  const grids = blocks.filter((b): b is Extract<DocBlock, { kind: 'fieldGrid' }> => b.kind === 'fieldGrid');
  const labelsOf = (large: boolean) =>
    grids.filter((g) => !!g.large === large).flatMap((g) => g.cells.map((c) => c.label));
  return Math.max(width(labelsOf(false), TYPE_PT.body), width(labelsOf(true), TYPE_PT.large));
}

/** A label's lines in a column `widthPt` wide, balanced: 区域经理审核意见 reads 区域经理 / 审核意见. */
export function labelLines(label: string, widthPt: number, sizePt: number): string[] {
  const cap = Math.max(2, Math.floor((widthPt - 2 * CELL_PADDING_PT) / sizePt));
  return balancedLines(label, cap);
}

/** Splits a label into balanced lines no wider than `cap` ems. */
export function balancedLines(label: string, cap: number): string[] {
  const chars = [...label];
  const count = Math.max(1, Math.ceil(ems(label) / cap));
  if (count === 1) return [label];
  const per = Math.ceil(chars.length / count);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += per) out.push(chars.slice(i, i + per).join(''));
  return out;
}

/** Stands in a value for the whole document's page count; Word prints it as a NUMPAGES field. */
export const TOTAL_PAGES_MARK = '〔总页数〕';
