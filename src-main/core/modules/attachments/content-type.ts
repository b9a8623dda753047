import { ApiError } from '../../../../src-shared/errors';

/**
 * The kinds of evidence file the office keeps, recognised by their bytes.
 *
 * Checked by signature here rather than with the `file-type` package: its current releases are
 * ESM-only and need Node 22, while this app runs on Node 20.19 (tests, the browser host) and its
 * main build is CommonJS with dependencies left as runtime `require`s; and it reports legacy
 * Word/Excel/PowerPoint files only as a generic "CFB" container, which is the distinction needed
 * here. The few formats accepted have fixed, documented signatures.
 */
export interface EvidenceKind {
  /** What users call it, for messages (PDF, Word 文档). */
  label: string;
  mime: string;
  extensions: readonly string[];
}

const KINDS = {
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'] },
  jpeg: { label: 'JPEG 图片', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { label: 'PNG 图片', mime: 'image/png', extensions: ['png'] },
  docx: {
    label: 'Word 文档',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    label: 'Excel 表格',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    label: 'PowerPoint 演示文稿',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  doc: { label: 'Word 97-2003 文档', mime: 'application/msword', extensions: ['doc'] },
  xls: { label: 'Excel 97-2003 表格', mime: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { label: 'PowerPoint 97-2003 演示文稿', mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
} as const satisfies Record<string, EvidenceKind>;

/** The extensions accepted, as the refusal lists them. */
export const ACCEPTED_EXTENSIONS = Object.values(KINDS).flatMap((k) => k.extensions);

const startsWith = (bytes: Buffer, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The names a zip's central directory lists. Office Open XML files are zips whose parts say what
 * they are ([Content_Types].xml and word/, xl/ or ppt/); the central directory is read rather than
 * the local headers because it is what every zip reader trusts.
 */
function zipEntryNames(bytes: Buffer): string[] | null {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    const count = bytes.readUInt16LE(at + 10);
    let p = bytes.readUInt32LE(at + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) return null;
      const nameLength = bytes.readUInt16LE(p + 28);
      const extra = bytes.readUInt16LE(p + 30);
      const comment = bytes.readUInt16LE(p + 32);
      names.push(bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8'));
      p += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return null;
}

/**
 * Which legacy Office program wrote a compound file: its directory names the main stream
 * (WordDocument, Workbook or Book, PowerPoint Document), stored as UTF-16LE with a terminating NUL.
 */
function cfbKind(bytes: Buffer): 'doc' | 'xls' | 'ppt' | null {
  const has = (name: string) => bytes.includes(Buffer.from(`${name}\0`, 'utf16le'));
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('PowerPoint Document')) return 'ppt';
  return null;
}

/** What the bytes are, among the kinds kept as evidence, or null. */
export function detectEvidenceKind(bytes: Buffer): EvidenceKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return KINDS.pdf;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    if (!names?.includes('[Content_Types].xml')) return null;
    if (names.some((n) => n.startsWith('word/'))) return KINDS.docx;
    if (names.some((n) => n.startsWith('xl/'))) return KINDS.xlsx;
    if (names.some((n) => n.startsWith('ppt/'))) return KINDS.pptx;
    return null;
  }
  if (startsWith(bytes, CFB)) {
    const kind = cfbKind(bytes);
    return kind ? KINDS[kind] : null;
  }
  return null;
}

/** The extension of a file name, lower case, without the dot ('' when there is none). */
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * The kind of an evidence file, refused with the reason when the content is none of the kinds
 * kept, or when the name's extension claims another kind than the content (a .pdf that is a PNG):
 * whoever opens it later trusts the name.
 */
export function checkEvidenceContent(fileName: string, bytes: Buffer): EvidenceKind {
  const ext = extensionOf(fileName);
  const claimed = Object.values(KINDS).find((k) => (k.extensions as readonly string[]).includes(ext));
  const kind = detectEvidenceKind(bytes);
  if (!claimed) {
    throw new ApiError(
      'BAD_INPUT',
      `文件“${fileName}”的类型不能作为凭证,请上传 PDF、JPG、PNG 或 Word、Excel、PowerPoint 文件。`,
    );
  }
  if (!kind) {
    throw new ApiError(
      'BAD_INPUT',
      `文件“${fileName}”的内容不是 ${claimed.label},可能已损坏或改过扩展名,请确认文件。`,
    );
  }
  if (kind !== claimed) {
    throw new ApiError(
      'BAD_INPUT',
      `文件“${fileName}”的内容不是 ${claimed.label},请确认文件(它实际是 ${kind.label},可改正扩展名后重新上传)。`,
    );
  }
  return kind;
}
