import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/core/documents/render-docx';
import { buildDocument, documentText } from '../../../src-shared/documents/build-document';
import { FORM_CASES, typedLines } from './form-cases';
import { fontsOf, paragraphs, squash } from '../print/docx-text';

describe.each(FORM_CASES.map((c) => [c.form.code, c] as const))('%s Word document', async (_code, c) => {
  const model = buildDocument(c.form, c.sample(), c.meta());
  const files = unzipSync(new Uint8Array(await renderDocx(model)));
  const xml = strFromU8(files['word/document.xml']!);
  const parts = Object.keys(files)
    .filter((n) => /^word\/(document|header\d*|footer\d*|styles)\.xml$/.test(n))
    .map((n) => strFromU8(files[n]!));
  const paras = paragraphs(xml);
  const flat = squash(paras.join('|'));

  it('prints every label FORMS.md lists for the form', () => {
    for (const label of c.labels) expect(flat, label).toContain(squash(label));
    expect(flat).toContain(squash(c.form.title));
    expect(flat).toContain(squash(c.form.deadlineText));
  });

  it('prints every value typed into the form', () => {
    for (const line of typedLines(c.form, c.sample())) expect(flat, line).toContain(squash(line));
  });

  it('prints derived and formatted values as paper shows them', () => {
    for (const s of c.printed) expect(flat, s).toContain(squash(s));
  });

  it('prints every string of its document model', () => {
    for (const s of documentText(model)) {
      if (s === model.header.left || s === model.header.right || s === model.footerNote) continue;
      expect(flat, s).toContain(squash(s));
    }
  });

  it('prints every run in SimHei, through the document defaults', () => {
    const styles = strFromU8(files['word/styles.xml']!);
    expect(() => fontsOf({ styles, others: parts }, 'SimHei')).not.toThrow();
  });

  it('is black on white: no shading fill, no colour but black', () => {
    for (const part of parts) {
      for (const shd of part.match(/<w:shd [^>]*>/g) ?? []) expect(shd).toMatch(/w:fill="(auto|FFFFFF)"/i);
      for (const col of part.match(/w:color(?: w:val)?="[^"]*"/g) ?? [])
        expect(col).toMatch(/"(000000|auto)"/);
      expect(part).not.toContain('<w:highlight');
    }
  });

  it('is A4 in its declared orientation', () => {
    const orient = c.form.orientation === 'portrait' ? 'w:w="11906" w:h="16838"' : 'w:w="16838" w:h="11906"';
    expect(xml).toContain(`<w:pgSz ${orient}`);
  });
});
