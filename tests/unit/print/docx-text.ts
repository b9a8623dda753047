import { strFromU8, unzipSync } from 'fflate';

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
    [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  );
}

/** Text without any whitespace, to compare line breaks and tabs of one renderer with the other's. */
export const squash = (s: string) => s.replace(/\s+/g, '');
