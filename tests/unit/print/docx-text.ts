import { strFromU8, unzipSync } from 'fflate';
import { asRead } from '../../helpers/paper-text';

/** The XML parts of a .docx that hold text, each kind joined in file-name order. */
export interface DocxParts {
  files: Record<string, Uint8Array>;
  document: string;
  headers: string[];
  footers: string[];
  styles: string;
}

/** Opens a .docx buffer as a zip and reads its text parts. */
export function openDocx(bytes: Buffer): DocxParts {
  const files = unzipSync(new Uint8Array(bytes));
  const read = (prefix: string) =>
    Object.keys(files)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.xml'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => strFromU8(files[name]!));
  return {
    files,
    document: read('word/document.xml').join(''),
    headers: read('word/header'),
    footers: read('word/footer'),
    styles: read('word/styles.xml').join(''),
  };
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph in reading order, as Word shows it. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) =>
    asRead([...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join('')),
  );
}

/** Text without any whitespace, to compare line breaks and tabs of one renderer with the other's. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Every run of the document is in the given font: the document defaults (styles.xml's
 * docDefaults, which every run inherits in Word and LibreOffice) name it as the East Asian,
 * Latin and complex-script font, and no style, run, header or footer names any other.
 */
export function fontsOf(parts: { styles: string; others: string[] }, font: string): void {
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';
  const rFonts = /<w:rFonts [^>]*>/.exec(defaults)?.[0] ?? '';
  for (const attr of ['eastAsia', 'ascii', 'hAnsi', 'cs']) {
    if (!rFonts.includes(`w:${attr}="${font}"`))
      throw new Error(`docDefaults lack w:${attr}="${font}": ${rFonts}`);
  }
  for (const xml of [parts.styles, ...parts.others]) {
    for (const f of xml.match(/<w:rFonts [^>]*>/g) ?? []) {
      for (const m of f.matchAll(/w:(\w+)="([^"]*)"/g)) {
        if (m[1] !== 'hint' && m[2] !== font) throw new Error(`a run or style names ${m[2]}: ${f}`);
      }
    }
  }
}
