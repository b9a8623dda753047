import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  CELL_PADDING_PT,
  columnHeaderLines,
  type DocColumn,
  keepNumbersWhole,
  labelLines,
  signatureLines,
  signaturesFitOneLine,
  TOTAL_PAGES_MARK,
  TYPE_PT,
  type DocBlock,
  type DocCell,
} from '../../../src-shared/documents/doc-model';
import { ems } from '../../../src-shared/documents/doc-model';

/** The paragraph style of dense table cells (五号); see render-docx's styles. */
export const DENSE_STYLE = 'RdDense';

/** Font sizes in half-points, as Word stores them (TYPE_PT doubled). */
export const SIZE = {
  /** 小四: filled content and labels where room allows. */
  body: TYPE_PT.body * 2,
  /** 五号: the floor for dense table cells. */
  dense: TYPE_PT.dense * 2,
  /** 三号: fields read across a fax machine. */
  large: TYPE_PT.large * 2,
  /** 二号 in portrait, 小二 in landscape where height is scarcer. */
  titlePortrait: TYPE_PT.titlePortrait * 2,
  titleLandscape: TYPE_PT.titleLandscape * 2,
} as const;

/** What every block needs to know about the page it is laid out on. */
export interface Paper {
  font: string;
  /** Width between the side margins, in twips. */
  contentWidth: number;
  /** Height between the top and bottom margins, in twips. */
  bodyHeight: number;
  /** Width of the label column shared by field grids and text boxes, so their rules line up. */
  labelWidth: number;
}

const BLACK = '000000';
// 0.75 pt inside, 1 pt outside: both stay solid at fax fine resolution.
const INNER_RULE = { style: BorderStyle.SINGLE, size: 6, color: BLACK } as const;
const OUTER_RULE = { style: BorderStyle.SINGLE, size: 8, color: BLACK } as const;
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
/** Under a table's column labels: 1.5 pt, so the header stays apart from the rows after a fax. */
const HEADER_RULE = { style: BorderStyle.SINGLE, size: 12, color: BLACK } as const;
const CELL_MARGIN = { top: 40, bottom: 40, left: CELL_PADDING_PT * 20, right: CELL_PADDING_PT * 20 } as const;
/** A column label has room above and below (3 pt), so a faxed blank form still reads its headers. */
const HEADER_CELL_MARGIN = { top: 60, bottom: 60 } as const;
/** Room for handwriting in a blank ruled row or an empty text box, in twips (20 mm). */
const HANDWRITING_HEIGHT = 1134;
/** A filled text box is as tall as its text, but never less than two lines (11 mm). */
const FILLED_BOX_HEIGHT = 624;
/** A blank table row holds one stacked field per line; 15 mm leaves room for two handwritten lines. */
const BLANK_ROW_HEIGHT = 850;
/** A row taller than this share of the page may split, or Word would clip what does not fit. */
const UNSPLIT_SHARE = 0.4;

/**
 * A run of text. Its font is the document's (styles.xml sets it for East Asian text too, so Word
 * never falls back to a serif face); its size is set only where it differs from the paragraph's.
 */
export function run(
  paper: Paper,
  text: string,
  opts: { bold?: boolean; size?: number; tabBefore?: boolean; breakBefore?: boolean } = {},
): TextRun {
  // The page-count mark becomes a live field, so a cover counts the pages actually printed.
  // Phone numbers, dates and counts never break across lines.
  const parts: (string | Tab | (typeof PageNumber)[keyof typeof PageNumber])[] = keepNumbersWhole(text)
    .split(TOTAL_PAGES_MARK)
    .flatMap((part, i) => (i === 0 ? [part] : [PageNumber.TOTAL_PAGES, part]))
    .filter((p) => p !== '');
  return new TextRun({
    children: opts.tabBefore ? [new Tab(), ...parts] : parts,
    break: opts.breakBefore ? 1 : undefined,
    bold: opts.bold,
    size: opts.size === undefined || opts.size === SIZE.body ? undefined : opts.size,
  });
}

/** The same face for every script: the ambiguous-width punctuation of Chinese text stays in the sans. */
export function fontSet(font: string) {
  return { ascii: font, eastAsia: font, hAnsi: font, cs: font };
}

/** The Word elements of one block of the document model. */
export function blockToDocx(paper: Paper, block: DocBlock, keepWithNext = false): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'fieldGrid':
      return [
        spacer(),
        fieldGrid(paper, block.columns, block.cells, block.large ? SIZE.large : SIZE.body, keepWithNext),
      ];
    case 'table':
      return [caption(paper, block.title), rowTable(paper, block.columns, block.rows, keepWithNext)];
    case 'text': {
      const size = block.large ? SIZE.large : SIZE.body;
      if (block.plain) return notice(paper, block.label, block.value, size, keepWithNext);
      return [spacer(), textBox(paper, block.label, block.value, keepWithNext, size)];
    }
    case 'signatures':
      return signatures(paper, block.items);
  }
}

/**
 * Blocks set in one borderless, unsplittable table cell, so they always share a page. The cell ends
 * with a paragraph, as Word requires after a table in a cell.
 */
export function keptTogether(paper: Paper, children: (Paragraph | Table)[]): Table {
  const last = children[children.length - 1];
  return new Table({
    width: { size: paper.contentWidth, type: WidthType.DXA },
    columnWidths: [paper.contentWidth],
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: {
      top: NO_RULE,
      bottom: NO_RULE,
      left: NO_RULE,
      right: NO_RULE,
      insideHorizontal: NO_RULE,
      insideVertical: NO_RULE,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: paper.contentWidth, type: WidthType.DXA },
            borders: { top: NO_RULE, bottom: NO_RULE, left: NO_RULE, right: NO_RULE },
            children: last instanceof Paragraph ? children : [...children, new Paragraph({})],
          }),
        ],
      }),
    ],
  });
}

const spacers = new WeakSet<Paragraph>();

/** 4 pt between two ruled blocks, so their rules do not merge into one. */
export function spacer(): Paragraph {
  const p = new Paragraph({ spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT } });
  spacers.add(p);
  return p;
}

/** Whether a paragraph is a spacer between blocks. */
export function isSpacer(p: Paragraph): boolean {
  return spacers.has(p);
}

function caption(paper: Paper, title: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 60 },
    children: [run(paper, title, { bold: true })],
  });
}

function lines(
  paper: Paper,
  text: string,
  opts: { bold?: boolean; size?: number; center?: boolean; right?: boolean } = {},
) {
  const dense = opts.size === SIZE.dense;
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : undefined,
        // A table's many cells take 五号 from the paragraph style, not from every run.
        style: dense ? DENSE_STYLE : undefined,
        children: line ? [run(paper, line, { bold: opts.bold, size: dense ? undefined : opts.size })] : [],
      }),
  );
}

function cell(
  width: number,
  children: Paragraph[],
  opts: { span?: number; middle?: boolean; header?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span && opts.span > 1 ? opts.span : undefined,
    verticalAlign: opts.middle ? VerticalAlignTable.CENTER : undefined,
    margins: opts.header ? HEADER_CELL_MARGIN : undefined,
    borders: opts.header ? { bottom: HEADER_RULE } : undefined,
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    borders: {
      top: OUTER_RULE,
      bottom: OUTER_RULE,
      left: OUTER_RULE,
      right: OUTER_RULE,
      insideHorizontal: INNER_RULE,
      insideVertical: INNER_RULE,
    },
    rows,
  });
}

/**
 * A label as one centred paragraph whose lines are joined by breaks, not split into paragraphs,
 * so its text reads whole when the document is compared with the print preview. Field labels are
 * bold at their size; a table's column labels at 五号 are regular, set apart by room and a heavier
 * rule instead, as bold small type loses its strokes in a fax.
 */
function labelParagraph(paper: Paper, lineTexts: string[], size: number): Paragraph {
  const dense = size === SIZE.dense;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    style: dense ? DENSE_STYLE : undefined,
    children: lineTexts.map((line, i) =>
      run(paper, line, { bold: !dense, size: dense ? undefined : size, breakBefore: i > 0 }),
    ),
  });
}

function boxLabel(paper: Paper, label: string, width: number, size: number = SIZE.body): Paragraph {
  return labelParagraph(paper, labelLines(label, width / 20, size / 2), size);
}

function fieldGrid(
  paper: Paper,
  columns: number,
  cells: DocCell[],
  size: number,
  keepWithNext: boolean,
): Table {
  const pair = Math.floor(paper.contentWidth / columns);
  const widths: number[] = [];
  for (let i = 0; i < columns; i++) widths.push(paper.labelWidth, pair - paper.labelWidth);
  widths[widths.length - 1]! += paper.contentWidth - pair * columns;

  const rows: TableRow[] = [];
  let current: TableCell[] = [];
  let used = 0;
  for (const c of cells) {
    const span = Math.min(Math.max(c.span ?? 1, 1), columns - used);
    const valueCols = 2 * span - 1;
    const start = 2 * used + 1;
    const valueWidth = sum(widths.slice(start, start + valueCols));
    // Labels and values are set from the top, so a two-line label starts on its value's first line.
    current.push(cell(paper.labelWidth, [boxLabel(paper, c.label, paper.labelWidth, size)]));
    current.push(cell(valueWidth, lines(paper, c.value, { size }), { span: valueCols }));
    used += span;
    if (used === columns) {
      rows.push(new TableRow({ cantSplit: true, keepNext: keepWithNext || undefined, children: current }));
      current = [];
      used = 0;
    }
  }
  if (current.length > 0) {
    // A short last row is closed by one blank value cell so the outer rule runs straight.
    const rest = 2 * (columns - used);
    current.push(cell(sum(widths.slice(2 * used)), [], { span: rest }));
    rows.push(new TableRow({ cantSplit: true, keepNext: keepWithNext || undefined, children: current }));
  }
  return table(widths, rows);
}

function rowTable(paper: Paper, columns: DocColumn[], rows: string[][][], keepWithNext: boolean): Table {
  const total = sum(columns.map((c) => c.width)) || 1;
  const widths = columns.map((c) => Math.floor((paper.contentWidth * c.width) / total));
  widths[widths.length - 1]! += paper.contentWidth - sum(widths);

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      cell(widths[i]!, [labelParagraph(paper, columnHeaderLines(c.label, widths[i]! / 20), SIZE.dense)], {
        middle: true,
        header: true,
      }),
    ),
  });
  const body = rows.map((row, r) => {
    const blank = row.every((c) => c.every((line) => line === ''));
    const unsplit = estimateHeight(row, widths, SIZE.dense) < paper.bodyHeight * UNSPLIT_SHARE;
    return new TableRow({
      cantSplit: unsplit,
      // The last row stays with the signatures that follow it.
      keepNext: (keepWithNext && unsplit && r === rows.length - 1) || undefined,
      height: blank ? { value: BLANK_ROW_HEIGHT, rule: HeightRule.ATLEAST } : undefined,
      children: row.map((c, i) =>
        cell(
          widths[i]!,
          lines(paper, c.join('\n'), { size: SIZE.dense, right: columns[i]?.numeric === true }),
        ),
      ),
    });
  });
  return table(widths, [header, ...body]);
}

function textBox(paper: Paper, label: string, value: string, keepWithNext: boolean, size: number): Table {
  const widths = [paper.labelWidth, paper.contentWidth - paper.labelWidth];
  const tall = estimateHeight([[label], [value]], widths, size) >= paper.bodyHeight * UNSPLIT_SHARE;
  return table(widths, [
    new TableRow({
      cantSplit: !tall,
      keepNext: (keepWithNext && !tall) || undefined,
      height: { value: value.trim() ? FILLED_BOX_HEIGHT : HANDWRITING_HEIGHT, rule: HeightRule.ATLEAST },
      children: [
        cell(widths[0]!, [boxLabel(paper, label, widths[0]!, size)]),
        cell(widths[1]!, lines(paper, value, { size })),
      ],
    }),
  ]);
}

/**
 * A plain block: the label in bold, then its lines, with no ruled box: a fax cover's call-back line, or
 * a section heading (a label without lines), kept with what follows it.
 */
function notice(
  paper: Paper,
  label: string,
  value: string,
  size: number,
  keepWithNext: boolean,
): Paragraph[] {
  const lines = value === '' ? [] : value.split('\n');
  return [
    ...(label
      ? [
          new Paragraph({
            spacing: { before: 240 },
            keepNext: true,
            children: [run(paper, label, { bold: true, size })],
          }),
        ]
      : []),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          spacing: { before: !label && i === 0 ? 240 : 0 },
          keepNext: (keepWithNext && i === lines.length - 1) || undefined,
          children: line ? [run(paper, line, { size })] : [],
        }),
    ),
  ];
}

function signatures(paper: Paper, items: { label: string; value: string }[]): Paragraph[] {
  const groups = signatureLines(items);
  const slot = Math.floor(paper.contentWidth / Math.max(groups.length, 1));
  if (signaturesFitOneLine(groups, paper.contentWidth / 20)) {
    return [
      new Paragraph({
        spacing: { before: 240 },
        keepLines: true,
        tabStops: groups.slice(1).map((_, i) => ({ type: TabStopType.LEFT, position: slot * (i + 1) })),
        children: groups.map((g, i) => run(paper, g, { tabBefore: i > 0 })),
      }),
    ];
  }
  // Several lines stay together on one page.
  return groups.map(
    (g, i) =>
      new Paragraph({
        spacing: { before: 240 },
        keepNext: i < groups.length - 1 || undefined,
        children: [run(paper, g)],
      }),
  );
}

/** A rough row height in twips: wrapped lines of the tallest cell at about 1.3 line spacing. */
function estimateHeight(row: string[][], widths: number[], size: number): number {
  const em = size * 10;
  let tallest = 1;
  row.forEach((c, i) => {
    const cap = Math.max(1, ((widths[i] ?? 0) - CELL_MARGIN.left - CELL_MARGIN.right) / em);
    const n = c
      .join('\n')
      .split('\n')
      .reduce((acc, line) => acc + Math.max(1, Math.ceil(ems(line) / cap)), 0);
    tallest = Math.max(tallest, n);
  });
  return tallest * em * 1.3 + CELL_MARGIN.top + CELL_MARGIN.bottom;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
