import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { blockToDocx, fontSet, labelWidthFor, run, SIZE, type Paper } from './docx-parts';

export interface RenderDocxOptions {
  /** 黑体 for anything that may be faxed; 宋体 only for documents read on screen (FORMS.md, paper rules). */
  font?: 'SimHei' | 'SimSun';
}

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Margins in millimetres: GB/T 9704 for portrait; landscape is tighter so a wide table fits, never under 15 mm. */
export const MARGINS_MM = {
  portrait: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 15 },
  landscape: { top: 22, bottom: 22, left: 20, right: 20, header: 10, footer: 10 },
} as const;

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } as const;

/** Renders a document model as a .docx that follows the paper rules for print and fax. */
export async function renderDocx(model: DocModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  const font = options.font ?? 'SimHei';
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
    labelWidth: labelWidthFor(
      model.blocks.flatMap((b) => (b.kind === 'fieldGrid' ? b.cells.map((c) => c.label) : [])),
    ),
  };

  // docx ships Word's blue heading, caption and link styles; a user applying one in Word must still get black.
  const black = { run: { color: '000000', font: fontSet(font) } };
  const doc = new Document({
    creator: 'RegionDesk',
    title: `${model.title}(${model.code})`,
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
    },
    sections: [
      {
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
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 60, after: 60 },
            children: [run(paper, `表号 ${model.code} · 报送时限:${model.deadlineText}`)],
          }),
          // A comment box stays on the page of the signatures that answer for it.
          ...model.blocks.flatMap((block, i) =>
            blockToDocx(paper, block, model.blocks[i + 1]?.kind === 'signatures'),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function runningHeader(model: DocModel, paper: Paper): Header {
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: RULE },
        tabStops: [{ type: TabStopType.RIGHT, position: paper.contentWidth }],
        children: [
          run(paper, model.header.left, { size: SIZE.dense }),
          run(paper, model.header.right, { size: SIZE.dense, tabBefore: true }),
        ],
      }),
    ],
  });
}

function runningFooter(model: DocModel, paper: Paper): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: RULE },
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            size: SIZE.dense,
            color: '000000',
            font: fontSet(paper.font),
          }),
        ],
      }),
      new Paragraph({ children: [run(paper, model.footerNote, { size: SIZE.dense })] }),
    ],
  });
}

function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
