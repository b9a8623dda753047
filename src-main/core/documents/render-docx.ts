import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import {
  codeLines,
  headerFitsOneLine,
  signatureGroup,
  labelColumnPt,
  PAGE_MARGINS_MM,
  PAGE_NUMBER_TEXT,
  type DocModel,
} from '../../../src-shared/documents/doc-model';
import {
  blockToDocx,
  DENSE_STYLE,
  fontSet,
  isSpacer,
  keptTogether,
  run,
  SIZE,
  spacer,
  type Paper,
} from './docx-parts';
import { packDocx } from './docx-writer';

export interface RenderDocxOptions {
  /** 黑体 for anything that may be faxed; 宋体 only for documents read on screen (FORMS.md, paper rules). */
  font?: 'SimHei' | 'SimSun';
}

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Margins in millimetres (shared with the print preview). */
export const MARGINS_MM = PAGE_MARGINS_MM;

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } as const;

/** Renders a document model as a .docx that follows the paper rules for print and fax. */
export async function renderDocx(model: DocModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  return renderDocxMany([model], options);
}

/**
 * Renders several document models as one .docx, each in a section of its own: it starts on a new page
 * with its own orientation, running header and footer. 第 X 页 共 Y 页 counts the pages of the whole file,
 * so a bundle faxed or filed as one shows a missing page and agrees with a fax cover's 页数. Per-section
 * counts (SECTIONPAGES) are not used: LibreOffice prints them blank.
 */
export async function renderDocxMany(models: DocModel[], options: RenderDocxOptions = {}): Promise<Buffer> {
  const { doc, shape } = docxDocument(models, options);
  return packDocx(doc, shape);
}

/**
 * The docx object model of `renderDocxMany`, and the name of its kind for `packDocx`: everything but
 * the body, the running headers and footers and the title is the same for every document in one font.
 */
export function docxDocument(
  models: DocModel[],
  options: RenderDocxOptions = {},
): { doc: Document; shape: string } {
  if (models.length === 0) throw new Error('renderDocxMany needs at least one document model');
  const font = options.font ?? 'SimHei';
  const first = models[0]!;

  // docx ships Word's blue heading, caption and link styles; a user applying one in Word must still get black.
  const black = { run: { color: '000000', font: fontSet(font) } };
  const doc = new Document({
    creator: 'RegionDesk',
    title: models.length === 1 ? `${first.title}(${first.code})` : first.title,
    styles: {
      default: {
        document: {
          run: { font: fontSet(font), size: SIZE.body, color: '000000' },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        title: black,
        heading1: black,
        heading2: black,
        heading3: black,
        heading4: black,
        heading5: black,
        heading6: black,
        caption: black,
        hyperlink: black,
      },
      paragraphStyles: [
        {
          id: DENSE_STYLE,
          name: 'RegionDesk 表格五号',
          basedOn: 'Normal',
          run: { size: SIZE.dense, font: fontSet(font), color: '000000' },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    sections: models.map((model) => section(model, font)),
  });
  return { doc, shape: `render-docx:${font}` };
}

function section(model: DocModel, font: string): ISectionOptions {
  const landscape = model.orientation === 'landscape';
  const mm = MARGINS_MM[model.orientation];
  const margin = {
    top: twips(mm.top),
    bottom: twips(mm.bottom),
    left: twips(mm.left),
    right: twips(mm.right),
    header: twips(mm.header),
    footer: twips(mm.footer),
    gutter: 0,
  };
  const pageWidth = landscape ? A4.height : A4.width;
  const pageHeight = landscape ? A4.width : A4.height;
  const paper: Paper = {
    font,
    contentWidth: pageWidth - margin.left - margin.right,
    bodyHeight: pageHeight - margin.top - margin.bottom,
    labelWidth: Math.round(labelColumnPt(model.blocks) * 20),
  };
  const code = codeLines(model, pageWidth / 20 - (margin.left + margin.right) / 20);
  return {
    properties: {
      page: {
        // docx swaps width and height itself for landscape, so the portrait size is given either way.
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin,
      },
    },
    headers: { default: runningHeader(model, paper) },
    footers: { default: runningFooter(model, paper) },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          run(paper, model.title, {
            bold: true,
            size: landscape ? SIZE.titleLandscape : SIZE.titlePortrait,
          }),
        ],
      }),
      ...(code.length > 0
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              keepNext: true,
              spacing: { before: 60, after: 60 },
              children: code.map((line, i) => run(paper, line, { breakBefore: i > 0 })),
            }),
          ]
        : []),
      ...body(model, paper),
    ],
  };
}

/**
 * The blocks in order. The block before the signatures stays on their page: its rows carry Word's
 * keep-with-next, and a short group ending with the signatures (signatureGroup) is set in one
 * unsplittable frame, so viewers that ignore keep-with-next in tables (LibreOffice) never leave the
 * signatures alone on a page either.
 */
function body(model: DocModel, paper: Paper): (Paragraph | Table)[] {
  const blocks = model.blocks;
  const group = signatureGroup(blocks);
  const out: (Paragraph | Table)[] = [];
  const end = group ? group[0] : blocks.length;
  for (let i = 0; i < end; i++)
    out.push(...blockToDocx(paper, blocks[i]!, blocks[i + 1]?.kind === 'signatures'));
  if (!group) return out;
  const inner = blocks
    .slice(group[0], group[1] + 1)
    .flatMap((block, j, all) => blockToDocx(paper, block, all[j + 1]?.kind === 'signatures'));
  // A paragraph stays between the frame and a table before it, or Word and LibreOffice join the two:
  // the group's leading spacer if it has one.
  const [first] = inner;
  const spacerFirst = first instanceof Paragraph && isSpacer(first);
  out.push(spacerFirst ? first : spacer(), keptTogether(paper, spacerFirst ? inner.slice(1) : inner));
  return out;
}

function runningHeader(model: DocModel, paper: Paper): Header {
  // Company and form on the left, region, office and fax on the right; on two lines when together
  // they would come closer than two characters.
  const oneLine = headerFitsOneLine(model.header, paper.contentWidth / 20);
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: RULE },
        tabStops: [{ type: TabStopType.RIGHT, position: paper.contentWidth }],
        children: [
          run(paper, model.header.left, { size: SIZE.dense }),
          run(paper, model.header.right, {
            size: SIZE.dense,
            tabBefore: true,
            breakBefore: !oneLine,
          }),
        ],
      }),
    ],
  });
}

function runningFooter(model: DocModel, paper: Paper): Footer {
  const [before, between, after] = PAGE_NUMBER_TEXT;
  return new Footer({
    children: [
      new Paragraph({
        border: { top: RULE },
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
            size: SIZE.dense,
            color: '000000',
            font: fontSet(paper.font),
          }),
        ],
      }),
      // Centred under the page number, as the print preview's page box sets it.
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(paper, model.footerNote, { size: SIZE.dense })],
      }),
    ],
  });
}

function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
