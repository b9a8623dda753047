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
  /**
   * When the document was generated, printed small in the footer. An office's report documents
   * leave it out: they are rendered once per report version and reused, and the version is already
   * told by the status and the 提交 and 审核 times.
   */
  printedAt?: string;
}

export interface DocCell {
  label: string;
  value: string;
  /** Columns of the grid this cell's value spans (label always takes one). */
  span?: number;
}

/** A ruled table's column: its label, its share of the width and whether it holds numbers (set right). */
export interface DocColumn {
  label: string;
  width: number;
  numeric?: boolean;
}

export type DocBlock =
  /** A label/value grid, `columns` label+value pairs per row; `large` sets it in 三号 for a fax cover. */
  | { kind: 'fieldGrid'; columns: number; cells: DocCell[]; large?: boolean }
  /** A ruled table; each cell is a list of lines (stacked fields). */
  | { kind: 'table'; title: string; columns: DocColumn[]; rows: string[][][] }
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

/** Punctuation a Chinese font sets a full em wide: dashes, ellipsis and curly quotes. */
const FULL_WIDTH_PUNCTUATION = new Set([0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

const WORD_JOINER_CODE = 0x2060;
/** Joins two characters a line may not break between, printing nothing (U+2060). */
export const WORD_JOINER = String.fromCodePoint(WORD_JOINER_CODE);
/** A space a line may not break at (U+00A0). */
export const NO_BREAK_SPACE = '\u00a0';
/** A hyphen a line may not break at (U+2011). */
export const NO_BREAK_HYPHEN = '\u2011';

/**
 * Width of a string in ems: CJK and full-width characters count one, as do checkboxes (□☑) and the
 * punctuation a Chinese font sets full width; joiners count nothing; the rest half.
 */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === WORD_JOINER_CODE) continue;
    const box = (code >= 0x25a0 && code <= 0x25ff) || (code >= 0x2610 && code <= 0x2612);
    n += code >= 0x2e80 || box || FULL_WIDTH_PUNCTUATION.has(code) ? 1 : 0.5;
  }
  return n;
}

/**
 * Text as Word gets it, with the numbers people read as one kept on one line: a phone number's groups
 * (138 0251 6624, 025-5218 3390), a date and time (2026-11-26 10:30), a range of days
 * (12.7—12.13) and a count with its measure word (第1件, 第2周).
 */
export function keepNumbersWhole(text: string): string {
  return text
    .replace(/(\d) (?=\d)/g, `$1${NO_BREAK_SPACE}`)
    .replace(/(\d)-(?=\d)/g, `$1${NO_BREAK_HYPHEN}`)
    .replace(/(\d)([—–~～])(?=\d)/g, `$1${WORD_JOINER}$2${WORD_JOINER}`)
    .replace(/第(\d+)([件周次页期季天])/g, `第${WORD_JOINER}$1${WORD_JOINER}$2`);
}

/** Numbers people read as one: a count with its measure word, or digits joined by spaces, dashes or stops. */
const WHOLE_NUMBER = /第\d+[件周次页期季天]|\d+(?:[ \-—–~～:.]\d+)+/g;

/**
 * A line cut into the runs a line may not break inside (the numbers keepNumbersWhole joins) and the
 * text between them, for the print preview to set each number run on one line.
 */
export function wholeRuns(text: string): { text: string; whole: boolean }[] {
  const out: { text: string; whole: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(WHOLE_NUMBER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), whole: false });
    out.push({ text: m[0], whole: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), whole: false });
  return out;
}

/** The label a signature line pairs with, for the date written beside the ink. */
export const SIGNATURE_DATE_LABEL = '日期';

// Paper geometry and printed lines shared by the Word renderer and the print preview, so the two agree.

/** A4 in millimetres, portrait. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * Page margins in millimetres: GB/T 9704's sides for portrait, its top and bottom tightened so a
 * typical filled form is one fax page; landscape tighter still so a wide table fits; never under
 * 15 mm. `header` and `footer` are the running lines' distances from the paper's edge.
 */
export const PAGE_MARGINS_MM = {
  portrait: { top: 25, bottom: 22, left: 28, right: 26, header: 12, footer: 10 },
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

/**
 * The code line as printed lines `widthPt` wide at 小四: whole when it fits, else broken after the
 * code's separator or the deadline's semicolons, so no clause (前报销售部) is left alone on a line.
 */
export function codeLines(model: Pick<DocModel, 'code' | 'deadlineText'>, widthPt: number): string[] {
  const line = codeLine(model);
  const cap = widthPt / TYPE_PT.body;
  if (ems(line) <= cap) return line === '' ? [] : [line];
  const pieces = line.split(/(?<=[;;] ?|· )/);
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (last >= 0 && ems(out[last]! + piece) <= cap) out[last] += piece;
    else out.push(piece);
  }
  return out.map((l) => l.trim());
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

/**
 * Whether a block is short enough to move to the next page whole with the signatures after it, so
 * they are never left alone on a page: a box of a dozen lines or a grid of four fields.
 */
export function keepsWithSignatures(block: DocBlock): boolean {
  if (block.kind === 'fieldGrid') return block.cells.length <= 4;
  if (block.kind === 'text') return !block.plain && block.value.split('\n').length <= 12;
  return false;
}

/** A table of at most six rows of at most two lines, which can move to the next page whole. */
function isShortTable(block: DocBlock): boolean {
  return (
    block.kind === 'table' &&
    block.rows.length <= 6 &&
    block.rows.every((row) => row.every((cell) => cell.length <= 2 && cell.every((line) => ems(line) <= 40)))
  );
}

/**
 * The blocks printed as one unsplittable group ending with the signatures, as [first, last] indexes,
 * or null: the short box or grid before the signatures, and a short table before that box, so a form
 * that runs to a second page takes its last table there too instead of leaving the signatures and a
 * comment box alone on it.
 */
export function signatureGroup(blocks: DocBlock[]): [number, number] | null {
  const last = blocks.findIndex((b) => b.kind === 'signatures');
  if (last < 1 || !keepsWithSignatures(blocks[last - 1]!)) return null;
  const first = last >= 2 && isShortTable(blocks[last - 2]!) ? last - 2 : last - 1;
  return [first, last];
}

/** Whether signature lines fit side by side on one line `widthPt` wide, each in an equal slot. */
export function signaturesFitOneLine(lines: string[], widthPt: number): boolean {
  const slot = widthPt / Math.max(lines.length, 1);
  return lines.every((line) => ems(line) * TYPE_PT.body < slot - TYPE_PT.body);
}

/** Cell padding in points, left and right of a table cell's text (4 pt each side). */
export const CELL_PADDING_PT = 4;

/** The label column's narrowest and widest, in ems of the label's size. */
export const LABEL_COLUMN_EMS = { min: 4, max: 7 } as const;

/**
 * Labels longer than the widest label column, broken where the words part: the only places a printed
 * label may break. A new label longer than that needs its break here (a test checks every form).
 */
export const PAPER_LABEL_LINES: Readonly<Record<string, readonly string[]>> = {
  区域经理审核意见: ['区域经理', '审核意见'],
  辅导建议与改进计划: ['辅导建议与', '改进计划'],
  未按计划拜访的原因: ['未按计划', '拜访的原因'],
  问题与需要的支持: ['问题与', '需要的支持'],
  存在问题及原因分析: ['存在问题及', '原因分析'],
  重点客户开发计划: ['重点客户', '开发计划'],
  下季度目标与计划: ['下季度目标', '与计划'],
  团队管理与协访情况: ['团队管理与', '协访情况'],
};

/** A label's width in ems on one line, or its longest designed line when it has a designed break. */
function labelNeedEms(label: string): number {
  const designed = PAPER_LABEL_LINES[label];
  return ems(label) <= LABEL_COLUMN_EMS.max || !designed ? ems(label) : Math.max(...designed.map(ems));
}

/** The labels set in the shared label column (field grids and ruled text boxes), by size. */
export function columnLabels(blocks: DocBlock[], large: boolean): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'fieldGrid' && !!b.large === large) return b.cells.map((c) => c.label);
    if (b.kind === 'text' && !b.plain && !!b.large === large) return [b.label];
    return [];
  });
}

/** The label column's width in ems: the longest label of the document, within LABEL_COLUMN_EMS. */
export function labelColumnEms(labels: string[]): number {
  return Math.min(Math.max(LABEL_COLUMN_EMS.min, ...labels.map(labelNeedEms)), LABEL_COLUMN_EMS.max);
}

/**
 * The width in points of the label column shared by field grids and text boxes, so their rules line up:
 * the document's longest label on one line, within 4–7 ems so values keep most of the row.
 */
export function labelColumnPt(blocks: DocBlock[]): number {
  const width = (labels: string[], size: number) => labelColumnEms(labels) * size + 2 * CELL_PADDING_PT + 3;
  return Math.max(
    width(columnLabels(blocks, false), TYPE_PT.body),
    width(columnLabels(blocks, true), TYPE_PT.large),
  );
}

/**
 * A label's lines in a column `widthPt` wide: one line when it fits, else its designed break
 * (区域经理审核意见 reads 区域经理 / 审核意见); balanced lines only for a label with neither.
 */
export function labelLines(label: string, widthPt: number, sizePt: number): string[] {
  const cap = Math.max(2, Math.floor((widthPt - 2 * CELL_PADDING_PT) / sizePt));
  if (ems(label) <= cap) return [label];
  const designed = PAPER_LABEL_LINES[label];
  if (designed && designed.every((line) => ems(line) <= cap)) return [...designed];
  return balancedLines(label, cap);
}

/**
 * A table's column label as lines in a column `widthPt` wide at 五号: a stacked label (客户名称 /
 * 客户类型) one line per field, like the values below it; another label on one line when it fits,
 * else broken after its slashes (计划内/ 计划外) or before its unit (拜访记录 / (条)), else balanced.
 */
export function columnHeaderLines(label: string, widthPt: number): string[] {
  const slashed = (parts: string[], sep: string) =>
    parts.map((p, i) => (i < parts.length - 1 ? `${p}${sep}` : p));
  if (/\s\/\s/.test(label)) return slashed(label.split(/\s+\/\s+/), ' /');
  const cap = Math.max(2, Math.floor((widthPt - 2 * CELL_PADDING_PT) / TYPE_PT.dense));
  if (ems(label) <= cap) return [label];
  if (label.includes('/')) return slashed(label.split('/'), '/');
  const unit = /^(.+?)([(（][^()（）]*[)）])$/.exec(label);
  if (unit) return [unit[1]!, unit[2]!];
  return balancedLines(label, cap);
}

/**
 * Whether the running header's two parts (company and form; region, office and fax) fit one line
 * `widthPt` wide with two ems between them; if not, the second goes on a line of its own.
 */
export function headerFitsOneLine(header: DocModel['header'], widthPt: number): boolean {
  return (ems(header.left) + ems(header.right) + 2) * TYPE_PT.dense <= widthPt;
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
