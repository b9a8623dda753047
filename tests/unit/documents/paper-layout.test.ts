import { blankMeta } from '../../fixtures/blank-meta';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/core/documents/render-docx';
import { buildDocument } from '../../../src-shared/documents/build-document';
import {
  CELL_PADDING_PT,
  codeLine,
  codeLines,
  columnHeaderLines,
  contentWidthPt,
  type DocBlock,
  type DocModel,
  ems,
  keepsWithSignatures,
  labelColumnPt,
  labelLines,
  PAPER_LABEL_LINES,
  TYPE_PT,
} from '../../../src-shared/documents/doc-model';
import { buildFaxCover } from '../../../src-shared/documents/fax-cover';
import { monthCover } from '../../../src-shared/documents/month-book';
import { F01 } from '../../../src-shared/domain/forms';
import { PrintPreview } from '../../../src-renderer/features/documents/PrintPreview';
import { sampleF01Data, sampleF01Meta } from '../../fixtures/f01-sample';
import { FORM_CASES } from '../forms/form-cases';
import { openDocx } from '../print/docx-text';
import { faxInput } from '../print/fax-fixture';

/** Every paper the office prints: each form filled and blank, the fax cover and a month cover. */
const PAPERS: [string, DocModel][] = [
  ...FORM_CASES.flatMap((c): [string, DocModel][] => [
    [`${c.form.code} filled`, buildDocument(c.form, c.sample(), c.meta())],
    [`${c.form.code} blank`, buildDocument(c.form, {}, blankMeta(c.meta()))],
  ]),
  ['F01 with eight visits', buildDocument(F01, sampleF01Data(8), sampleF01Meta())],
  ['fax cover', buildFaxCover(faxInput())],
  [
    'month cover',
    monthCover(
      F01,
      [3, 8].map((n, i) => ({
        model: buildDocument(F01, sampleF01Data(n), sampleF01Meta()),
        data: sampleF01Data(n),
        periodLabel: `2026年11月${23 + i}日`,
        statusLabel: '已提交',
      })),
      { personName: '李明', monthLabel: '2026年11月', regionName: '华东', printedAt: '2026-12-01 09:00' },
    ),
  ],
];

const zh = new Intl.Segmenter('zh', { granularity: 'word' });
/** Where a word ends in a label, as a dictionary reads it (character offsets). */
const wordEnds = (label: string) => new Set([...zh.segment(label)].map((s) => s.index + s.segment.length));

/** Every label set in the shared label column, with its type size. */
function columnLabels(blocks: DocBlock[]): { label: string; size: number }[] {
  return blocks.flatMap((b) => {
    const size = 'large' in b && b.large ? TYPE_PT.large : TYPE_PT.body;
    if (b.kind === 'fieldGrid') return b.cells.map((c) => ({ label: c.label, size }));
    if (b.kind === 'text' && !b.plain) return [{ label: b.label, size }];
    return [];
  });
}

const tables = (m: DocModel) =>
  m.blocks.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');

describe.each(PAPERS)('the paper of %s', (_name, model) => {
  it('sets every label whole on one line, or broken only where its words part', () => {
    const width = labelColumnPt(model.blocks);
    for (const { label, size } of columnLabels(model.blocks)) {
      const lines = labelLines(label, width, size);
      for (const line of lines)
        expect(ems(line) * size, line).toBeLessThanOrEqual(width - 2 * CELL_PADDING_PT);
      if (lines.length === 1) continue;
      expect(lines, label).toEqual(PAPER_LABEL_LINES[label]);
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += [...line].length;
        expect(wordEnds(label).has(at), `${label} breaks inside a word after ${line}`).toBe(true);
      }
    }
  });

  it('breaks a column label only between its fields or after a slash', () => {
    for (const t of tables(model)) {
      const total = t.columns.reduce((n, c) => n + c.width, 0);
      for (const c of t.columns) {
        const widthPt = (contentWidthPt(model.orientation) * c.width) / total;
        const lines = columnHeaderLines(c.label, widthPt);
        for (const line of lines)
          expect(ems(line) * TYPE_PT.dense, line).toBeLessThanOrEqual(widthPt - 2 * CELL_PADDING_PT);
        lines.slice(0, -1).forEach((line, i) => {
          const breaksAtSlashOrUnit = line.endsWith('/') || /^[(（]/.test(lines[i + 1]!);
          expect(breaksAtSlashOrUnit, `${c.label} breaks after ${line}`).toBe(true);
        });
        expect(lines.join('').replace(/\s/g, '')).toBe(c.label.replace(/\s/g, ''));
      }
    }
  });

  it('sets the code and deadline line whole, or broken after a clause', () => {
    const width = contentWidthPt(model.orientation);
    const lines = codeLines(model, width);
    expect(lines.join('').replace(/\s/g, '')).toBe(codeLine(model).replace(/\s/g, ''));
    for (const line of lines) expect(ems(line) * TYPE_PT.body, line).toBeLessThanOrEqual(width);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[;;·]$/);
  });

  it('keeps phone numbers, dates and counts from breaking: no breakable space or hyphen between digits', async () => {
    const docx = openDocx(await renderDocx(model));
    for (const xml of [docx.document, ...docx.headers, ...docx.footers]) {
      for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) {
        expect(m[1], m[1]).not.toMatch(/\d[ -]\d/);
        expect(m[1], m[1]).not.toMatch(/第\d/);
      }
    }
  });

  it('sets amounts, counts and rates on the right of number columns, and nothing else', async () => {
    const docx = openDocx(await renderDocx(model));
    const numeric = tables(model).flatMap((t) =>
      t.rows.flatMap((row) => row.flatMap((cell, i) => (t.columns[i]!.numeric ? cell : []))),
    );
    // One right-set paragraph per line of a number column, header rows left centred.
    expect(docx.document.match(/<w:jc w:val="right"\/>/g) ?? []).toHaveLength(numeric.length);
    const html = renderToStaticMarkup(createElement(PrintPreview, { model }));
    const cells = tables(model).reduce(
      (n, t) => n + t.rows.length * t.columns.filter((c) => c.numeric).length,
      0,
    );
    expect(html.match(/class="rd-num"/g) ?? []).toHaveLength(cells);
  });

  it('keeps the signature lines on the page of the block before them', async () => {
    const at = model.blocks.findIndex((b) => b.kind === 'signatures');
    if (at < 0) return;
    const before = model.blocks[at - 1]!;
    const docx = openDocx(await renderDocx(model));
    const firstSignature = /<w:t[^>]*>([^<]*签字[^<]*)<\/w:t>/.exec(docx.document)![1]!;
    if (keepsWithSignatures(before)) {
      // One unsplittable frame holds both: Word and LibreOffice move them to a new page together.
      const frame =
        /<w:tbl><w:tblPr>(?:(?!<w:tbl>)[\s\S])*?w:val="none"[\s\S]*<\/w:tbl>/.exec(docx.document)?.[0] ?? '';
      expect(frame).toContain('<w:cantSplit/>');
      expect(frame).toContain(firstSignature);
      const label =
        before.kind === 'text' ? before.label : before.kind === 'fieldGrid' ? before.cells[0]!.label : '';
      expect(frame).toContain(labelLines(label, labelColumnPt(model.blocks), TYPE_PT.body)[0]);
      const html = renderToStaticMarkup(createElement(PrintPreview, { model }));
      expect(/<div class="rd-kept">(?:(?!<\/article>)[\s\S])*签字/.test(html)).toBe(true);
    } else if (before.kind === 'text' && before.plain) {
      // A notice's last line is kept with the signatures.
      const beforeSignatures = docx.document.slice(0, docx.document.indexOf(firstSignature));
      const lastParagraph = beforeSignatures.slice(
        beforeSignatures.lastIndexOf('<w:p>', beforeSignatures.lastIndexOf('<w:p>') - 1),
      );
      expect(lastParagraph).toContain('<w:keepNext/>');
    } else {
      // A long block ends with its last row kept with the next paragraph.
      const beforeSignatures = docx.document.slice(0, docx.document.indexOf(firstSignature));
      const lastRow = beforeSignatures.slice(beforeSignatures.lastIndexOf('<w:tr>'));
      expect(lastRow).toContain('<w:keepNext/>');
    }
  });

  it('keeps two characters between the running header parts, or sets them on two lines', async () => {
    const docx = openDocx(await renderDocx(model));
    const header = docx.headers.join('');
    const fits =
      (ems(model.header.left) + ems(model.header.right) + 2) * TYPE_PT.dense <=
      contentWidthPt(model.orientation);
    expect(header.includes('<w:br/>'), model.header.left).toBe(!fits);
  });
});

describe('the paper of F08', () => {
  it('sets the sales table figures on the right and its months on the left', () => {
    const c = FORM_CASES.find((f) => f.form.code === 'F08')!;
    const table = tables(buildDocument(c.form, c.sample(), c.meta()))[0]!;
    expect(table.columns.map((col) => [col.label, !!col.numeric])).toEqual([
      ['月份', false],
      ['目标', true],
      ['完成', true],
      ['达成率', true],
    ]);
  });

  it('puts the office and fax on a line of their own under a long company and form name', async () => {
    const c = FORM_CASES.find((f) => f.form.code === 'F08')!;
    const model = buildDocument(c.form, c.sample(), {
      ...c.meta(),
      company: '恒润电器股份有限公司华东销售分公司',
    });
    const header = openDocx(await renderDocx(model)).headers.join('');
    expect(header).toMatch(/<w:br\/>(?:(?!<\/w:r>)[\s\S])*传真/);
  });
});

describe('a form that runs onto a second page', () => {
  it('takes its last short table there with the comment box and signatures, not the signatures alone', async () => {
    const c = FORM_CASES.find((f) => f.form.code === 'F05')!;
    const model = buildDocument(c.form, c.sample(), c.meta());
    const xml = openDocx(await renderDocx(model)).document;
    const frame = xml.slice(
      xml.indexOf('<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="8845"/><w:tblBorders><w:top w:val="none"'),
    );
    for (const text of ['分周安排', '月度总结', '上级意见', '填表人签字'])
      expect(frame, text).toContain(text);
    const html = renderToStaticMarkup(createElement(PrintPreview, { model }));
    const kept = html.slice(html.indexOf('<div class="rd-kept">'));
    for (const text of ['分周安排', '上级意见', '填表人签字']) expect(kept, text).toContain(text);
  });
});
