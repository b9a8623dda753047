import { describe, expect, it } from 'vitest';
import { renderDocx, renderDocxMany } from '../../../src-main/core/documents/render-docx';
import { buildDocument, documentText } from '../../../src-shared/documents/build-document';
import { type DocBlock, keepNumbersWhole } from '../../../src-shared/documents/doc-model';
import { buildFaxCover, FAX_COVER_TITLE } from '../../../src-shared/documents/fax-cover';
import { F01 } from '../../../src-shared/domain/forms';
import { f01Data, f01Meta } from '../documents/f01-fixture';
import { fontsOf, openDocx, paragraphs, squash } from './docx-text';
import { faxInput } from './fax-fixture';

const LABELS = ['收件方', '传真号', '发件方', '发件方电话', '发件方传真', '日期', '页数', '事由'];

describe('buildFaxCover', () => {
  const input = faxInput();
  const model = buildFaxCover(input);
  const text = documentText(model);

  it('is portrait with the fields in 三号, one to a row, in the order a fax is read', () => {
    expect(model.orientation).toBe('portrait');
    expect(model.title).toBe(FAX_COVER_TITLE);
    const grid = model.blocks[0] as Extract<DocBlock, { kind: 'fieldGrid' }>;
    expect(grid).toMatchObject({ kind: 'fieldGrid', columns: 1, large: true });
    expect(grid.cells.map((c) => c.label)).toEqual(LABELS);
    expect(Object.fromEntries(grid.cells.map((c) => [c.label, c.value]))).toEqual({
      收件方: input.to,
      传真号: input.toFax,
      发件方: input.from,
      发件方电话: input.officePhone,
      发件方传真: input.officeFax,
      日期: input.date,
      页数: '共 8 页(含本页)',
      事由: input.subject,
    });
  });

  it('lists the documents sent, with their pages where known', () => {
    const list = model.blocks.find((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table')!;
    expect(list.title).toBe('所附文件');
    expect(list.rows).toEqual([
      [['1'], [input.documents[0]!.title], ['1']],
      [['2'], [input.documents[1]!.title], ['6']],
      [['3'], [input.documents[2]!.title], ['']],
    ]);
  });

  it('says whom to call about a missing or unreadable page, and heads every page with office and fax', () => {
    expect(text).toContain('如有缺页或字迹不清,请致电 025-8471 2235。');
    expect(model.header.left).toBe('恒润电器股份有限公司  传真封面');
    expect(model.header.right).toBe('华东区域 · 南京办事处  传真 025-8471 2236');
    expect(model.footerNote).toContain('电话 025-8471 2235');
  });

  it('keeps the note lines and leaves ruled rows and a blank box to write on when there is nothing to list', () => {
    expect(text).toContain('请于12月3日前回复。');
    const bare = buildFaxCover({ ...input, documents: [], note: undefined });
    const list = bare.blocks.find((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table')!;
    expect(list.rows).toHaveLength(3);
    expect(list.rows.flat(2).every((s) => s === '')).toBe(true);
    expect(bare.blocks.find((b) => b.kind === 'text' && b.label === '备注')).toMatchObject({ value: '' });
  });
});

describe('fax cover as Word', async () => {
  const input = faxInput();
  const docx = openDocx(await renderDocx(buildFaxCover(input)));
  const paras = paragraphs(docx.document);
  const all = [docx.document, ...docx.headers, ...docx.footers, docx.styles];

  it('prints every label and every value', () => {
    const flat = squash(
      [...paras, ...paragraphs(docx.headers.join('')), ...paragraphs(docx.footers.join(''))].join('|'),
    );
    for (const s of [
      ...LABELS,
      input.to,
      input.toFax,
      input.from,
      input.date,
      input.subject,
      input.officePhone,
      input.officeFax,
      input.company,
      input.officeName,
      ...input.documents.map((d) => d.title),
      '所附文件',
      '备注',
      '原件随月度资料另行寄送。',
      '共8页(含本页)',
      '如有缺页或字迹不清,请致电025-84712235。',
    ]) {
      expect(flat, s).toContain(squash(s));
    }
  });

  it('sets SimHei as the East Asian font of every run, through the document defaults', () => {
    expect(() =>
      fontsOf({ styles: docx.styles, others: [docx.document, ...docx.headers, ...docx.footers] }, 'SimHei'),
    ).not.toThrow();
  });

  it('is black on white: no shading, no colour but black, no highlight', () => {
    for (const xml of all) {
      for (const shd of xml.match(/<w:shd [^>]*>/g) ?? []) expect(shd).toMatch(/w:fill="(auto|FFFFFF)"/i);
      for (const c of xml.match(/w:color w:val="[^"]*"/g) ?? []) expect(c).toMatch(/"(000000|auto)"/);
      for (const c of xml.match(/w:color="[^"]*"/g) ?? []) expect(c).toMatch(/"(000000|auto)"/);
      expect(xml).not.toContain('<w:highlight');
    }
  });

  it('sets the fields in 三号 and nothing under 五号', () => {
    const run = (text: string) =>
      docx.document.match(
        new RegExp(`<w:r>(?:(?!</w:r>)[\\s\\S])*<w:t[^>]*>${keepNumbersWhole(text)}</w:t></w:r>`),
      )![0];
    for (const s of ['收件方', input.toFax, input.subject]) expect(run(s)).toContain('<w:sz w:val="32"/>');
    for (const xml of [docx.document, ...docx.headers, ...docx.footers]) {
      for (const m of xml.matchAll(/<w:sz w:val="(\d+)"\/>/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(21);
    }
  });

  it('is A4 portrait with GB/T 9704 side margins and solid rules', () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(docx.document).toMatch(/<w:pgMar w:top="1417" w:right="1474" w:bottom="1247" w:left="1587"/);
    // Three ruled tables: the fields, 所附文件 and the 备注 box. Each must carry its own rules,
    // outer and inner, or a line vanishes on the fax; w:sz is in eighths of a point.
    const tables = docx.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const borders = table.match(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/g) ?? [];
      expect(borders).toHaveLength(1);
      const sides = [...borders[0]!.matchAll(/<w:(\w+) ([^>]*)\/>/g)];
      expect(sides.map((m) => m[1]).sort()).toEqual(
        ['bottom', 'insideH', 'insideV', 'left', 'right', 'top'].sort(),
      );
      for (const [side, , attrs] of sides) {
        expect(attrs, side).toContain('w:val="single"');
        expect(attrs, side).toMatch(/w:color="(000000|auto)"/);
        expect(Number(/w:sz="(\d+)"/.exec(attrs!)?.[1]), side).toBeGreaterThanOrEqual(4);
      }
      // A cell may not take away the table's rules.
      expect(table).not.toMatch(/w:val="(nil|none)"/);
    }
  });

  it('leads a fax pack whose page numbers count the whole transmission', async () => {
    const report = buildDocument(F01, f01Data(), f01Meta());
    const pack = openDocx(await renderDocxMany([buildFaxCover(input), report, report]));
    expect(pack.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)).toHaveLength(3);
    expect(pack.footers).toHaveLength(3);
    for (const f of pack.footers) expect(f).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });
});

describe('fax cover page count', () => {
  it('counts the pages of the Word file itself when asked to, so a long report cannot make it wrong', async () => {
    const cover = buildFaxCover({ ...faxInput(), pages: 'document' });
    const doc = openDocx(await renderDocxMany([cover, buildDocument(F01, f01Data(), f01Meta())]));
    const coverBody = doc.document.slice(0, doc.document.indexOf('</w:sectPr>'));
    expect(coverBody).toMatch(/NUMPAGES/);
    expect(squash(paragraphs(coverBody).join(''))).not.toContain('〔总页数〕');
  });
});
