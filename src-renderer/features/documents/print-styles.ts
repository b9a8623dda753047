import { ems } from '../../../src-shared/documents/doc-model';
import {
  A4_MM,
  contentWidthPt,
  PAGE_MARGINS_MM,
  PAGE_NUMBER_TEXT,
  TYPE_PT,
  type DocModel,
} from '../../../src-shared/documents/doc-model';

/** The faces of a printed form, 黑体 first: a fax keeps a sans's strokes where a serif's hairlines vanish. */
export const FONT_STACKS = {
  SimHei: "'SimHei', 'Heiti SC', 'Noto Sans CJK SC', sans-serif",
  SimSun: "'SimSun', 'Songti SC', 'Noto Serif CJK SC', serif",
} as const;

export type PrintFont = keyof typeof FONT_STACKS;

/** Rules in points: 0.75 pt inside a table, 1 pt around it, as in the Word document. */
const INNER = '0.75pt solid #000';
const OUTER = '1pt solid #000';
/** Under a table's column labels, as in the Word file. */
const HEADER_RULE = '1.5pt solid #000';

/** The CSS of the preview: the paper on screen and, for printing, one named @page per document. */
export function printCss(models: DocModel[], font: PrintFont): string {
  return [screenCss(font), ...models.map((m, i) => pageCss(m, i, font)), PRINT_ROOT_CSS].join('\n');
}

/** The @page name of the i-th document, so each prints with its own orientation, margins and running lines. */
export function pageName(index: number): string {
  return `rd-doc-${index}`;
}

function sheetCss(orientation: DocModel['orientation']): string {
  const m = PAGE_MARGINS_MM[orientation];
  const [w, h] = orientation === 'landscape' ? [A4_MM.height, A4_MM.width] : [A4_MM.width, A4_MM.height];
  const title = orientation === 'landscape' ? TYPE_PT.titleLandscape : TYPE_PT.titlePortrait;
  const sel = `.rd-sheet[data-orientation='${orientation}']`;
  return `
${sel} { width: ${w}mm; min-height: ${h}mm; padding: ${m.header}mm ${m.right}mm ${m.footer}mm ${m.left}mm; }
${sel} .rd-head-zone { min-height: ${m.top - m.header}mm; }
${sel} .rd-foot-zone { padding-top: ${m.bottom - m.footer}mm; }
${sel} .rd-title { font-size: ${title}pt; }`;
}

function screenCss(font: PrintFont): string {
  return `
.rd-print { background: #d4d4d4; padding: 24px 16px; overflow-x: auto; }
.rd-sheet {
  box-sizing: border-box; display: flex; flex-direction: column; margin: 0 auto 24px;
  background: #fff; color: #000; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.35);
  font-family: ${FONT_STACKS[font]}; font-size: ${TYPE_PT.body}pt; line-height: 1.3; text-align: left;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.rd-sheet *, .rd-sheet *::before, .rd-sheet *::after { box-sizing: border-box; color: #000; }
${sheetCss('portrait')}
${sheetCss('landscape')}
.rd-head { display: flex; flex-wrap: wrap; justify-content: space-between; column-gap: 2em; font-size: ${TYPE_PT.dense}pt; border-bottom: ${INNER}; padding-bottom: 1pt; }
.rd-head span:last-child { margin-left: auto; }
.rd-foot-zone { margin-top: auto; font-size: ${TYPE_PT.dense}pt; text-align: center; }
.rd-page-line { text-align: center; border-top: ${INNER}; padding-top: 1pt; }
.rd-title { font-weight: bold; text-align: center; margin: 0; line-height: 1.3; }
.rd-code { text-align: center; margin: 3pt 0; white-space: pre-line; }
.rd-line { min-height: 1.3em; white-space: pre-wrap; overflow-wrap: anywhere; }
.rd-whole { white-space: nowrap; }
.rd-grid, .rd-table, .rd-box { width: 100%; border-collapse: collapse; table-layout: fixed; border: ${OUTER}; margin: 0; }
.rd-grid td, .rd-table td, .rd-table th, .rd-box td { border: ${INNER}; padding: 2pt 4pt; vertical-align: top; }
.rd-grid, .rd-box { margin-top: 4pt; }
.rd-label { font-weight: bold; text-align: center; white-space: pre-line; }
.rd-large { font-size: ${TYPE_PT.large}pt; }
.rd-caption { font-weight: bold; margin: 8pt 0 3pt; break-after: avoid; }
.rd-table { font-size: ${TYPE_PT.dense}pt; }
.rd-table th { font-weight: normal; text-align: center; vertical-align: middle; padding: 3pt 4pt; border-bottom: ${HEADER_RULE}; white-space: pre-line; }
.rd-table td.rd-num { text-align: right; }
.rd-table thead { display: table-header-group; }
.rd-table tr, .rd-grid tr { break-inside: avoid; }
.rd-blank-row td { height: 15mm; }
.rd-box td { height: 20mm; }
.rd-box.rd-filled td { height: 11mm; }
.rd-kept { break-inside: avoid; }
.rd-notice { margin: 12pt 0 0; }
.rd-notice p { margin: 0; }
.rd-notice-label { font-weight: bold; break-after: avoid; }
.rd-signatures { margin-top: 18pt; break-inside: avoid; }
.rd-signatures.rd-one-line { display: flex; }
.rd-signatures.rd-one-line > div { flex: 1 1 0; white-space: pre; }
.rd-signatures:not(.rd-one-line) > div + div { margin-top: 12pt; }`;
}

function mm(n: number): string {
  return n.toFixed(1);
}

const CSS_LINE_BREAK = /\r\n|[\n\r\f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Controls, line and paragraph separators and invisible format characters (bidi marks, zero
// widths) are escaped rather than written raw, so the CSS source carries nothing that a tool
// reading or embedding it could take for a line end or silently drop; the page shows them alike.
const NON_PRINTING = /[\p{Cc}\p{Cf}\u2028\u2029<]/gu;

/**
 * A CSS string literal that holds `text` and nothing else, whatever an imported office or form
 * name contains. Line breaks (LF, CR, CRLF, FF) would end the string, so they become spaces, as a
 * running line is one line; NUL becomes U+FFFD as CSS would read it; quotes and backslashes are
 * escaped; `<` and non-printing characters become hex escapes (so the text can never close the
 * style element either), each with the space that ends the escape.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(CSS_LINE_BREAK, ' ')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\0/g, '\uFFFD')
    .replace(/["\\]/g, '\\$&')
    .replace(NON_PRINTING, (ch) => `\\${ch.codePointAt(0)!.toString(16).toUpperCase()} `);
  return `"${escaped}"`;
}

/**
 * One named page per document. The running header and footer print in the page's margin boxes, so every
 * printed page carries them, with 第 X 页 共 Y 页 counted over the whole printout like the Word file's fields.
 */
function pageCss(model: DocModel, index: number, font: PrintFont): string {
  const m = PAGE_MARGINS_MM[model.orientation];
  const [before, between, after] = PAGE_NUMBER_TEXT;
  const type = `font-family: ${FONT_STACKS[font]}; font-size: ${TYPE_PT.dense}pt; color: #000;`;
  // A margin box fills its whole margin; its own margins pull it in, so the rules sit by the text as in Word.
  const line = (TYPE_PT.dense * 1.3 * 25.4) / 72;
  const noteLines = Math.max(
    1,
    Math.ceil((ems(model.footerNote) * TYPE_PT.dense) / contentWidthPt(model.orientation)),
  );
  const headGap = Math.max(0, m.top - m.header - line - 1);
  const footGap = Math.max(0, m.bottom - m.footer - (1 + noteLines) * line - 1);
  const top = `${type} vertical-align: bottom; margin: ${m.header}mm 0 ${mm(headGap)}mm; padding-bottom: 1pt; border-bottom: ${INNER};`;
  const bottom = `${type} vertical-align: top; margin: ${mm(footGap)}mm 0 ${m.footer}mm; padding-top: 1pt; border-top: ${INNER};`;
  return `
@media print {
  @page ${pageName(index)} {
    size: A4 ${model.orientation};
    margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
    @top-left { content: ${cssString(model.header.left)}; text-align: left; width: 50%; ${top} }
    @top-right { content: ${cssString(model.header.right)}; text-align: right; width: 50%; ${top} }
    @bottom-center {
      content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)} "\\A" ${cssString(model.footerNote)};
      white-space: pre-wrap; text-align: center; width: 100%; ${bottom}
    }
  }
  .rd-sheet[data-page='${index}'] { page: ${pageName(index)}; }
}`;
}

/**
 * The print contract of a page that shows a preview: while printing, only what is inside `.print-root`
 * prints. Everything beside the chain of its ancestors is hidden, and the ancestors (a fixed, scrolling
 * modal, the app shell) are set back to plain blocks so the preview flows over as many pages as it needs.
 */
const PRINT_ROOT_CSS = `
@media print {
  :has(.print-root) > :not(:has(.print-root)):not(.print-root) { display: none !important; }
  :has(.print-root) {
    display: block !important; position: static !important; overflow: visible !important;
    width: auto !important; height: auto !important; min-height: 0 !important; max-height: none !important;
    margin: 0 !important; padding: 0 !important; inset: auto !important; transform: none !important;
    background: #fff !important; box-shadow: none !important; border: 0 !important;
  }
  .print-root { background: #fff !important; padding: 0 !important; margin: 0 !important; overflow: visible !important; }
  .print-root .rd-sheet { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; display: block; }
  .print-root .rd-head-zone, .print-root .rd-foot-zone { display: none; }
}`;
