import { describe, expect, it } from 'vitest';
import { renderDocxMany } from '../../../src-main/core/documents/render-docx';
import { buildDocument, documentText } from '../../../src-shared/documents/build-document';
import type { DocBlock, DocModel } from '../../../src-shared/documents/doc-model';
import { buildMonthBook, type MonthDay } from '../../../src-shared/documents/month-book';
import { F01 } from '../../../src-shared/domain/forms';
import { sampleF01Data, sampleF01Meta } from '../../fixtures/f01-sample';
import { openDocx, paragraphs } from './docx-text';

const MONTH_COVER_TITLE = F01.monthCover!.title;
const VISITS = [3, 8, 5, 0, 6];
const monthDays: MonthDay[] = VISITS.map((n, i) => {
  const data = n === 0 ? {} : sampleF01Data(n);
  const periodLabel = `2026年11月${23 + i}日`;
  return {
    model: buildDocument(F01, data, { ...sampleF01Meta(), periodLabel }),
    data,
    periodLabel,
    statusLabel: '已提交',
  };
});
const days: DocModel[] = monthDays.map((d) => d.model);
const meta = {
  personName: '李明',
  monthLabel: '2026年11月',
  regionName: '华东',
  printedAt: '2026-12-01 09:00',
};
const buildMonthOfVisits = (d: MonthDay[], m: typeof meta) => buildMonthBook(F01, d, m);

function table(model: DocModel): Extract<DocBlock, { kind: 'table' }> {
  return model.blocks.find((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table')!;
}

describe('buildMonthBook (a month of 走访表)', () => {
  const models = buildMonthOfVisits(monthDays, meta);
  const [cover] = models;

  it('puts a portrait cover first, then every day unchanged and in order', () => {
    expect(models).toHaveLength(days.length + 1);
    expect(models.slice(1)).toEqual(days);
    expect(cover!.title).toBe(MONTH_COVER_TITLE);
    expect(cover!.orientation).toBe('portrait');
    expect(cover!.header).toEqual(days[0]!.header);
    expect(cover!.deadlineText).toBe(F01.deadlineText);
  });

  it('lists each day with its planned, actual and recorded visits, and the totals', () => {
    const rows = table(cover!).rows.map((r) => r.map((c) => c.join('\n')));
    expect(rows).toHaveLength(days.length + 1);
    expect(rows[0]).toEqual(['1', '2026年11月23日', '8', '3', '3', '已提交']);
    // The empty day has blank ruled rows but no visit recorded, and no counts.
    expect(rows[3]).toEqual(['4', '2026年11月26日', '', '', '0', '已提交']);
    expect(rows.at(-1)).toEqual(['合计', '5 天', '32', '22', '22', '']);
    const text = documentText(cover!);
    for (const s of ['李明', '2026年11月', '华东', '计划拜访合计', '实际拜访合计', '区域经理审核意见']) {
      expect(text).toContain(s);
    }
  });

  it('is pure: the same days give the same documents and are not changed', () => {
    const before = JSON.stringify(monthDays);
    expect(buildMonthOfVisits(monthDays, meta)).toEqual(models);
    expect(JSON.stringify(monthDays)).toBe(before);
  });

  it('still gives a cover for a month without forms', () => {
    const [only, ...rest] = buildMonthOfVisits([], meta);
    expect(rest).toEqual([]);
    expect(table(only!).rows).toEqual([[['合计'], ['0 天'], [''], [''], [''], ['']]]);
  });
});

describe('renderDocxMany (a month of 走访表)', async () => {
  const models = buildMonthOfVisits(monthDays, meta);
  const docx = openDocx(await renderDocxMany(models));

  it('is a valid Word zip', () => {
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) {
      expect(Object.keys(docx.files)).toContain(name);
    }
    expect(docx.document).toMatch(/^<\?xml[\s\S]*<w:body>[\s\S]*<\/w:body><\/w:document>$/);
  });

  it('has one section per document, each from a new page in its own orientation', () => {
    const sections = docx.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(models.length);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    for (const s of sections.slice(1)) {
      expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      // A new section starts a new page: Word's default, written out or left implicit.
      expect(s).not.toMatch(/<w:type w:val="(continuous|nextColumn)"\/>/);
    }
  });

  it('gives every section its own running header and footer', () => {
    const sections = docx.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    const headerIds = sections.map(
      (s) => s.match(/<w:headerReference [^>]*w:type="default"[^>]*r:id="([^"]+)"/)?.[1],
    );
    const footerIds = sections.map(
      (s) => s.match(/<w:footerReference [^>]*w:type="default"[^>]*r:id="([^"]+)"/)?.[1],
    );
    expect(new Set(headerIds).size).toBe(models.length);
    expect(new Set(footerIds).size).toBe(models.length);
    expect(docx.headers).toHaveLength(models.length);
    expect(docx.footers).toHaveLength(models.length);
    expect(paragraphs(docx.footers.join('')).join('|')).toContain(models[0]!.footerNote);
  });

  it('numbers pages over the whole document: 第 PAGE 页 共 NUMPAGES 页 in every footer, never restarted', () => {
    for (const footer of docx.footers) {
      let at = 0;
      for (const piece of ['>第 <', '>PAGE<', '> 页 共 <', '>NUMPAGES<', '> 页<']) {
        const next = footer.indexOf(piece, at);
        expect(next, piece).toBeGreaterThan(at);
        at = next;
      }
      expect(footer).not.toContain('SECTIONPAGES');
    }
    // No section restarts its numbering.
    for (const t of docx.document.match(/<w:pgNumType[^>]*>/g) ?? []) expect(t).not.toContain('w:start');
  });

  it('prints each day in its own section, in order', () => {
    const titles = paragraphs(docx.document).filter((p) => p === '走访表' || p === MONTH_COVER_TITLE);
    expect(titles).toEqual([MONTH_COVER_TITLE, ...days.map(() => '走访表')]);
    // Each day's date follows the one before it, after the cover lists them all.
    const text = paragraphs(docx.document).join('|');
    let at = text.indexOf('合计');
    for (let i = 0; i < days.length; i++) {
      const next = text.indexOf(`2026年11月${23 + i}日`, at);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
  });

  it('refuses an empty list', async () => {
    await expect(renderDocxMany([])).rejects.toThrow();
  });
});
