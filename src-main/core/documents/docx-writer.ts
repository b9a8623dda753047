import { crc32, deflateRawSync } from 'node:zlib';
import { type Document, Packer, type XmlComponent } from 'docx';
import { Zip, type ZipInputFile, unzipSync } from 'fflate';
import xml from 'xml';

/**
 * Packs a docx `Document` into a .docx faster than `Packer.toBuffer`, by building once what every
 * document of the same kind shares.
 *
 * `Packer.toBuffer` turns every part of the package into XML and compresses it for every document:
 * the styles, numbering, settings, theme, font table, notes and the relationship and content-type
 * lists come out the same for every document with the same options and number of sections, and
 * they are about half the work. Here the first document of a kind is packed by `Packer.toBuffer`
 * itself; its shared parts are kept compressed, and later documents of that kind only have their
 * own parts made: the body, the running headers and footers, and the core properties (title and
 * dates). Those still come from docx's object model (`prepForXml`), written as XML the way docx
 * writes it (docx's writer reproduces the `xml` package byte for byte), so the package holds the
 * same XML as `Packer.toBuffer` would give; tests compare the two part by part.
 *
 * The kind (`shape`) must name everything that decides the shared parts: the style options, and
 * the document's fonts. The number of sections is added here.
 */
export async function packDocx(doc: Document, shape: string): Promise<Buffer> {
  // Images put placeholders in the body that only docx's own packer fills in.
  if (doc.Media.Array.length > 0) return Packer.toBuffer(doc);
  const key = `${shape}\u0000${doc.Headers.length}\u0000${doc.Footers.length}`;
  const shared = SHARED.get(key);
  if (shared) return writePackage(shared, ownParts(doc));
  // The first of its kind: docx packs it, and it is written again here like every later one, so
  // the same document comes out as the same bytes whichever it was (the paper store relies on it).
  const files = unzipSync(await Packer.toBuffer(doc));
  const order = Object.keys(files);
  const parts = new Map<string, PackedPart>();
  const own = new Map<string, PackedPart>();
  for (const path of order) (isOwnPart(path) ? own : parts).set(path, packPart(path, files[path]!));
  const made = { order, parts };
  SHARED.set(key, made);
  return writePackage(made, own);
}

/** A part of the package, compressed once. */
interface PackedPart {
  path: string;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/** The parts shared by a kind of document, and every part's path in docx's order. */
interface SharedParts {
  order: string[];
  parts: Map<string, PackedPart>;
}

const SHARED = new Map<string, SharedParts>();

/** Parts of its own in every document: all else is shared. */
function isOwnPart(path: string): boolean {
  return (
    path === 'word/document.xml' ||
    path === 'docProps/core.xml' ||
    /^word\/(header|footer)\d+\.xml$/.test(path)
  );
}

function packPart(path: string, data: Uint8Array): PackedPart {
  return { path, size: data.length, crc: crc32(data), deflated: new Uint8Array(deflateRawSync(data)) };
}

/** The document's own parts as docx's packer writes them (Compiler.xmlifyFile). */
function ownParts(doc: Document): Map<string, PackedPart> {
  const own = new Map<string, PackedPart>();
  const put = (path: string, component: XmlComponent, viewWrapper: object, standalone: boolean) => {
    const body = component.prepForXml({ file: doc, viewWrapper, stack: [] } as never);
    const text = xml(body as xml.XmlObject, {
      declaration: standalone ? { standalone: 'yes', encoding: 'UTF-8' } : { encoding: 'UTF-8' },
    });
    own.set(path, packPart(path, Buffer.from(text, 'utf8')));
  };
  put('word/document.xml', doc.Document.View, doc.Document, true);
  put('docProps/core.xml', doc.CoreProperties, doc.Document, true);
  doc.Headers.forEach((h, i) => put(`word/header${i + 1}.xml`, h.View, h, false));
  doc.Footers.forEach((f, i) => put(`word/footer${i + 1}.xml`, f.View, f, false));
  return own;
}

/** A part whose compressed bytes are ready, for fflate's streaming zip writer. */
function readyEntry(part: PackedPart): ZipInputFile & { send(): void } {
  const entry = {
    filename: part.path,
    size: part.size,
    crc: part.crc,
    compression: 8,
    ondata: undefined as ZipInputFile['ondata'],
    send() {
      entry.ondata!(null, part.deflated, true);
    },
  };
  return entry;
}

function writePackage(shared: SharedParts, own: Map<string, PackedPart>): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const path of shared.order) {
    const part = own.get(path) ?? shared.parts.get(path);
    if (!part) throw new Error(`docx part missing: ${path}`);
    const entry = readyEntry(part);
    zip.add(entry);
    entry.send();
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
