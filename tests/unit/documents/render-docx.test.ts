import { describe, it, expect } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from '../../../src-main/core/documents/render-docx';
import { buildDocument, documentText } from '../../../src-shared/documents/build-document';
import { F01, formTables, headerFields } from '../../../src-shared/domain/forms';
import { f01Data, f01Meta } from './f01-fixture';
import { fontsOf, paragraphs, squash } from '../print/docx-text';

interface Parts {
  document: string;
  header: string;
  footer: string;
  styles: string;
}

async function render(form = F01, data = f01Data(), font?: 'SimHei' | 'SimSun'): Promise<Parts> {
  const files = unzipSync(new Uint8Array(await renderDocx(buildDocument(form, data, f01Meta()), { font })));
  const part = (prefix: string) =>
    Object.keys(files)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.xml'))
      .map((name) => strFromU8(files[name]!))
      .join('');
  return {
    document: part('word/document.xml'),
    header: part('word/header'),
    footer: part('word/footer'),
    styles: part('word/styles.xml'),
  };
}

describe('renderDocx (F01)', async () => {
  const parts = await render();
  const all = [parts.document, parts.header, parts.footer, parts.styles];
  const paras = paragraphs(parts.document);
  const flat = squash([...paras, ...paragraphs(parts.header), ...paragraphs(parts.footer)].join('|'));

  it('prints every label of the form', () => {
    const table = formTables(F01)[0]!;
    const labels = [
      ...headerFields(F01).map((f) => f.label),
      ...table.paper.map((p) => p.label),
      ...table.paper.flatMap((p) => p.label.split(' / ')),
      table.label,
      F01.reviewLabel,
      ...F01.signatures,
      '日期',
      '姓名',
      '区域',
      '状态',
    ];
    for (const label of labels) expect(flat, label).toContain(squash(label));
  });

  it('prints every entered value, one paragraph per line', () => {
    const data = f01Data();
    const values = [
      ...(data.visits as Record<string, string>[]).flatMap((v) => Object.values(v)),
      String(data.plannedVisits),
      String(data.actualVisits),
      data.summary as string,
      '同意。账期延长事项另行报批。',
    ]
      .flatMap((v) => v.split('\n'))
      .filter((v) => v !== '');
    for (const value of values) expect(paras, value).toContain(value);
  });

  it('prints every string of the document model', () => {
    const model = buildDocument(F01, f01Data(), f01Meta());
    for (const s of documentText(model)) expect(flat, s).toContain(squash(s));
  });

  it('sets SimHei as the East Asian font of every run, through the document defaults', () => {
    expect(() =>
      fontsOf({ styles: parts.styles, others: [parts.document, parts.header, parts.footer] }, 'SimHei'),
    ).not.toThrow();
    expect((parts.document.match(/<w:r>/g) ?? []).length).toBeGreaterThan(50);
    // A run in another font would fail the check above.
    const other = parts.document.replace('<w:r>', '<w:r><w:rPr><w:rFonts w:eastAsia="SimSun"/></w:rPr>');
    expect(() => fontsOf({ styles: parts.styles, others: [other] }, 'SimHei')).toThrow(/SimSun/);
  });

  it('uses SimSun only when asked', async () => {
    const serif = await render(F01, f01Data(), 'SimSun');
    expect(() =>
      fontsOf({ styles: serif.styles, others: [serif.document, serif.header, serif.footer] }, 'SimSun'),
    ).not.toThrow();
    expect(serif.styles + serif.document).not.toContain('SimHei');
  });

  it('is A4 landscape with margins of at least 15 mm', () => {
    expect(parts.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const mar = parts.document.match(/<w:pgMar ([^>]*)\/>/)![1]!;
    for (const side of ['top', 'bottom', 'left', 'right']) {
      const v = Number(mar.match(new RegExp(`w:${side}="(\\d+)"`))![1]);
      expect(v, side).toBeGreaterThanOrEqual(Math.round((15 * 1440) / 25.4));
    }
  });

  it('is A4 portrait with GB/T 9704 side margins and a tighter top and bottom for a portrait form', async () => {
    const portrait = await render({ ...F01, orientation: 'portrait' });
    expect(portrait.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(portrait.document).toMatch(/<w:pgMar w:top="1417" w:right="1474" w:bottom="1247" w:left="1587"/);
  });

  it('is black on white: no shading, no colour but black', () => {
    for (const xml of all) {
      for (const shd of xml.match(/<w:shd [^>]*>/g) ?? []) expect(shd).toMatch(/w:fill="(auto|FFFFFF)"/i);
      for (const c of xml.match(/w:color w:val="[^"]*"/g) ?? []) expect(c).toMatch(/"(000000|auto)"/);
      for (const c of xml.match(/w:color="[^"]*"/g) ?? []) expect(c).toMatch(/"(000000|auto)"/);
      expect(xml).not.toContain('<w:highlight');
    }
  });

  it('rules tables with solid black lines of at least 0.5 pt', () => {
    const all = parts.document.match(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/g) ?? [];
    // The one unruled table is the frame that keeps the review box with the signatures below it.
    const frames = all.filter((b) => !b.includes('w:val="single"'));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.match(/w:val="none"/g)).toHaveLength(6);
    const borders = all.filter((b) => b.includes('w:val="single"'));
    expect(borders.length).toBeGreaterThanOrEqual(4);
    for (const b of borders) {
      const sides = b.match(/<w:(top|bottom|left|right|insideH|insideV) [^>]*>/g) ?? [];
      expect(sides).toHaveLength(6);
      for (const side of sides) {
        expect(side).toContain('w:val="single"');
        expect(side).toContain('w:color="000000"');
        expect(Number(side.match(/w:sz="(\d+)"/)![1])).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('gives every table and cell an absolute width that fits the page', () => {
    const contentWidth = 16838 - 2 * Math.round((20 * 1440) / 25.4);
    // Each table's width and its column grid, nested tables included.
    const tables = [
      ...parts.document.matchAll(
        /<w:tblW w:type="dxa" w:w="(\d+)"\/>(?:(?!<w:tblGrid>)[\s\S])*<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g,
      ),
    ];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      const width = Number(t[1]);
      const grid = [...t[2]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
      expect(width).toBeLessThanOrEqual(contentWidth);
    }
    const cellWidths = parts.document.match(/<w:tcW [^>]*>/g) ?? [];
    expect(cellWidths.length).toBeGreaterThan(30);
    for (const w of cellWidths) expect(w).toContain('w:type="dxa"');
    expect(parts.document).not.toContain('w:type="pct"');
  });

  it('repeats the visit table header on each page and keeps short rows whole', () => {
    const visits = (parts.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) =>
      t.includes('洽谈内容及结果'),
    )!;
    const rows = visits.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('sets a bold title of 18-22 pt and no text under 10.5 pt', () => {
    const title = parts.document.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>走访表<\/w:t><\/w:r>/)![0];
    expect(title).toContain('<w:b/>');
    const size = Number(title.match(/<w:sz w:val="(\d+)"\/>/)![1]);
    expect(size).toBeGreaterThanOrEqual(36);
    expect(size).toBeLessThanOrEqual(44);
    for (const xml of [parts.document, parts.header, parts.footer]) {
      for (const m of xml.matchAll(/<w:sz w:val="(\d+)"\/>/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(21);
    }
    // Text without a size of its own: 小四 from the defaults, or 五号 from the table-cell style.
    expect(parts.styles).toMatch(/<w:docDefaults>[\s\S]*?<w:sz w:val="24"\/>[\s\S]*?<\/w:docDefaults>/);
    expect(parts.styles).toMatch(/w:styleId="RdDense"[^]*?<w:sz w:val="21"\/>[^]*?<\/w:style>/);
    expect(parts.document).toContain('<w:pStyle w:val="RdDense"/>');
  });

  it('prints the deadline under the title', () => {
    const titleAt = paras.indexOf('走访表');
    expect(titleAt).toBeGreaterThanOrEqual(0);
    expect(paras[titleAt + 1]).toContain(F01.deadlineText);
  });

  it('heads each page with company, form, code, region, office and fax', () => {
    const text = paragraphs(parts.header).join('');
    for (const s of [
      '恒润电器股份有限公司',
      '走访表',
      'F01',
      '华东区域',
      '南京办事处',
      '传真 025-8471 2236',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('numbers pages as 第 X 页 共 Y 页 from fields', () => {
    expect(parts.footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(parts.footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const text = paragraphs(parts.footer).join('|');
    expect(text).toMatch(/第\s*\|?\s*页 共\s*页/);
    expect(text).toContain('内勤 王丽 代录');
    // The fields sit between 第 and 页 and between 共 and 页.
    let at = 0;
    for (const piece of ['>第 <', '>PAGE<', '> 页 共 <', '>NUMPAGES<', '> 页<']) {
      const next = parts.footer.indexOf(piece, at);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
  });

  it('draws signature and date lines for ink', () => {
    const lines = paras.filter((p) => p.includes('签字'));
    expect(lines.join('\n')).toMatch(/营销代表签字:_{6,}\s+日期:_{6,}/);
    expect(lines.join('\n')).toMatch(/区域经理签字:_{6,}\s+日期:_{6,}/);
  });

  it('prints an empty table as blank ruled rows for handwriting', async () => {
    const blank = await render(F01, {});
    const visits = (blank.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) =>
      t.includes('洽谈内容及结果'),
    )!;
    const rows = visits.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(4);
    for (const r of rows.slice(1)) expect(r).toMatch(/<w:trHeight w:val="\d+" w:hRule="atLeast"\/>/);
  });
});
