import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/core/documents/render-docx';
import { buildDocument, documentText } from '../../../src-shared/documents/build-document';
import { PAGE_MARGINS_MM, type DocModel } from '../../../src-shared/documents/doc-model';
import { buildFaxCover } from '../../../src-shared/documents/fax-cover';
import { monthCover } from '../../../src-shared/documents/month-book';
import { F01 } from '../../../src-shared/domain/forms';
import { PrintPreview, PrintPreviewDocuments } from '../../../src-renderer/features/documents/PrintPreview';
import { f01Data, f01Meta } from '../documents/f01-fixture';
import { openDocx, paragraphs, squash } from './docx-text';
import { faxInput } from './fax-fixture';
import { FORM_CASES } from '../forms/form-cases';

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** The non-empty text strings of the preview's markup in document order; the style element is not text. */
function previewStrings(model: DocModel): string[] {
  const html = renderToStaticMarkup(createElement(PrintPreview, { model }));
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .split(/<[^>]+>/)
    .map((s) => unescapeHtml(s).trim())
    .filter((s) => s !== '');
}

const f01 = buildDocument(F01, f01Data(), f01Meta());
const samples: [string, DocModel][] = [
  ['F01 走访表', f01],
  ['an empty F01 (blank ruled rows)', buildDocument(F01, {}, f01Meta())],
  ['a fax cover', buildFaxCover(faxInput())],
  [
    'a month cover',
    monthCover(
      F01,
      [f01, f01].map((model) => ({
        model,
        data: f01Data(),
        periodLabel: '2026年11月26日',
        statusLabel: '已提交',
      })),
      { personName: '李明', monthLabel: '2026年11月', regionName: '华东' },
    ),
  ],
  ...FORM_CASES.map((c): [string, DocModel] => [
    `${c.form.code} ${c.form.title}`,
    buildDocument(c.form, c.sample(), c.meta()),
  ]),
  [
    'a form with a section heading',
    { ...f01, blocks: [{ kind: 'text', plain: true, label: '本周总结', value: '' }, ...f01.blocks] },
  ],
];

describe.each(samples)('print preview of %s', (_name, model) => {
  const strings = previewStrings(model);

  it('shows every string of the document model, in the model order', () => {
    const flat = squash(strings.join('\n'));
    let at = 0;
    for (const s of documentText(model)) {
      const next = flat.indexOf(squash(s), at);
      expect(next, `${s} (after position ${at})`).toBeGreaterThanOrEqual(0);
      at = next + squash(s).length;
    }
  });

  it('shows nothing else but the code line words, rules for ink and the page number', () => {
    let rest = squash(strings.join('\n'));
    for (const s of documentText(model)) rest = rest.replace(squash(s), '|');
    const leftover = rest.replace(/表号|报送时限:|第X页共Y页/g, '').replace(/[|·:_]/g, '');
    expect(leftover).toBe('');
  });

  it('reads like the Word file: running header, body and footer, string for string', async () => {
    const docx = openDocx(await renderDocx(model));
    // Header: left and right; footer: the page-number line and the note.
    expect(strings.slice(0, 2)).toEqual([model.header.left, model.header.right]);
    expect(squash(strings.slice(0, 2).join(''))).toBe(squash(paragraphs(docx.headers.join('')).join('')));
    const pageLine = strings.at(-2)!;
    expect(pageLine).toBe('第 X 页 共 Y 页');
    expect(strings.at(-1)).toBe(model.footerNote);
    expect(squash(paragraphs(docx.footers.join('')).join(''))).toBe(squash(`第页共页${model.footerNote}`));
    // The body: title, code line, every block, the signatures, the same text in the same order.
    const body = squash(strings.slice(2, -2).join(''));
    expect(body).toBe(squash(paragraphs(docx.document).join('')));
  });
});

describe('print preview markup and print CSS', () => {
  const html = renderToStaticMarkup(createElement(PrintPreview, { model: f01 }));
  const css = html.match(/<style[^>]*>([\s\S]*?)<\/style>/)![1]!;

  it('puts the preview in a .print-root that alone prints', () => {
    expect(html).toMatch(/^<div class="print-root[ "]/);
    expect(css).toContain(
      ':has(.print-root) > :not(:has(.print-root)):not(.print-root) { display: none !important; }',
    );
  });

  it('sets 黑体 first for the sheet and its page boxes', () => {
    const stack = "'SimHei', 'Heiti SC', 'Noto Sans CJK SC', sans-serif";
    expect(css).toContain(`font-family: ${stack}`);
    for (const m of css.matchAll(/font-family: ([^;]+);/g)) expect(m[1]).toBe(stack);
    const serif = renderToStaticMarkup(createElement(PrintPreview, { model: f01, font: 'SimSun' }));
    expect(serif).toContain("font-family: 'SimSun'");
    expect(serif).not.toContain('SimHei');
  });

  it('prints on A4 in the model orientation with the Word margins', () => {
    const m = PAGE_MARGINS_MM.landscape;
    expect(css).toContain('size: A4 landscape;');
    expect(css).toContain(`margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`);
    const cover = renderToStaticMarkup(createElement(PrintPreview, { model: buildFaxCover(faxInput()) }));
    const p = PAGE_MARGINS_MM.portrait;
    expect(cover).toContain('size: A4 portrait;');
    expect(cover).toContain(`margin: ${p.top}mm ${p.right}mm ${p.bottom}mm ${p.left}mm;`);
  });

  it('prints the running header and 第 X 页 共 Y 页 on every page from the page counters', () => {
    expect(css).toContain(`@top-left { content: "${f01.header.left}"`);
    expect(css).toContain(`@top-right { content: "${f01.header.right}"`);
    expect(css).toContain('"第 " counter(page) " 页 共 " counter(pages) " 页"');
  });

  it('gives each of several documents its own page, orientation and running lines', () => {
    const cover = buildFaxCover(faxInput());
    const many = renderToStaticMarkup(createElement(PrintPreviewDocuments, { models: [cover, f01] }));
    expect(many.match(/<article /g)).toHaveLength(2);
    expect(many).toMatch(/@page rd-doc-0 \{\s*size: A4 portrait;/);
    expect(many).toMatch(/@page rd-doc-1 \{\s*size: A4 landscape;/);
    expect(many).toContain(".rd-sheet[data-page='1'] { page: rd-doc-1; }");
  });

  it('is black on white: the sheet sets no colour but black and no shading', () => {
    const sheetRules = css
      .split('}')
      .filter((rule) =>
        /\.rd-(sheet|grid|table|box|label|head|foot|page|caption|line|notice|signatures)/.test(rule),
      );
    for (const rule of sheetRules) {
      for (const c of rule.match(/(?:^|[\s;{])(?:color|background(?:-color)?): [^;]+/g) ?? []) {
        expect(c.trim(), rule).toMatch(/: #(000|fff)$/);
      }
    }
    // Rules at least 0.5 pt, solid black.
    for (const b of css.match(/border(?:-(?:top|bottom|left|right))?: [^;]+/g) ?? []) {
      if (b.endsWith(': 0 !important')) continue;
      expect(b).toMatch(/: (0\.75|1|1\.5)pt solid #000/);
    }
  });

  it('escapes what it writes into the page boxes', () => {
    const tricky = { ...f01, header: { left: 'A"B\\C</style><b>', right: '' } };
    const out = renderToStaticMarkup(createElement(PrintPreview, { model: tricky }));
    const style = out.match(/<style[^>]*>([\s\S]*?)<\/style>/)![1]!;
    expect(style).toContain('content: "A\\"B\\\\C\\3C /style>\\3C b>"');
    expect(out.match(/<\/style>/g)).toHaveLength(1);
  });
});
