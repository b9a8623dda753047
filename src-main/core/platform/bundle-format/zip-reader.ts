import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type LocalFileHeader, type ZipFile } from 'yauzl';
import { BundleError } from './bundle-error';
import { type BundleCaps, pathKey, pathProblem } from './bundle-rules';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const UNICODE_PATH_EXTRA_FIELD = 0x7075;
const FILE_TYPE_MASK = 0o170000;
const REGULAR_FILE = 0o100000;
const DIRECTORY = 0o040000;
const ENCRYPTED_FLAG = 0x0001;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const ZIP64_MARKER = 0xffffffff;

function corrupt(bytes: Buffer, cause: unknown): BundleError {
  if (cause instanceof BundleError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/too many bytes in the stream/.test(message)) return new BundleError('too-large');
  const looksLikeZip = bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER_SIGNATURE;
  if (/End of central directory record signature not found/.test(message) && !looksLikeZip) {
    return new BundleError('not-zip');
  }
  return new BundleError('truncated');
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false so names are judged here, by byte, with our own reasons.
    const options = { lazyEntries: true, validateEntrySizes: true, decodeStrings: false, autoClose: false };
    yauzl.fromBuffer(bytes, options, (error, zip) => (error ? reject(corrupt(bytes, error)) : resolve(zip)));
  });
}

interface ListedEntry {
  name: string;
  entry: Entry;
}

function checkEntry(entry: Entry, seen: Set<string>): ListedEntry | null {
  const raw = entry.fileNameRaw.toString('latin1');
  const isDirectory = raw.endsWith('/');
  const name = isDirectory ? raw.slice(0, -1) : raw;
  const problem = pathProblem(name);
  if (problem) throw new BundleError(problem, name);
  // Some unzip tools prefer this field's name over the header's; refuse rather than disagree.
  if (entry.extraFields.some((field) => field.id === UNICODE_PATH_EXTRA_FIELD)) {
    throw new BundleError('bad-name', name);
  }
  const fileType = (entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK;
  const allowed = fileType === 0 || fileType === (isDirectory ? DIRECTORY : REGULAR_FILE);
  if (!allowed) throw new BundleError('symlink', name);
  const key = pathKey(name);
  if (seen.has(key)) throw new BundleError('duplicate-name', name);
  seen.add(key);
  if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
    throw new BundleError('truncated', name);
  }
  return isDirectory ? null : { name, entry };
}

/**
 * What the local file header says differently from the central directory, or null. The zip
 * format keeps both copies and tools differ on which they trust (streaming unzippers and some
 * repair tools read the local one), so a bundle whose copies disagree could show head office one
 * file and a clerk's unzip tool another.
 */
function localHeaderProblem(entry: Entry, local: LocalFileHeader): string | null {
  if (!local.fileName.equals(entry.fileNameRaw)) return '文件名不一致';
  if (local.compressionMethod !== entry.compressionMethod) return '压缩方式不一致';
  if ((local.generalPurposeBitFlag ^ entry.generalPurposeBitFlag) & ENCRYPTED_FLAG) return '加密标志不一致';
  // With a data descriptor the local copies of these are zero by design; with zip64, a marker.
  if ((local.generalPurposeBitFlag & DATA_DESCRIPTOR_FLAG) === 0) {
    if (local.crc32 !== entry.crc32) return '校验码不一致';
    const sizes: [number, number][] = [
      [local.compressedSize, entry.compressedSize],
      [local.uncompressedSize, entry.uncompressedSize],
    ];
    if (sizes.some(([stated, central]) => stated !== ZIP64_MARKER && stated !== central)) return '大小不一致';
  }
  return null;
}

async function checkLocalHeader(zip: ZipFile, entry: Entry): Promise<void> {
  const name = entry.fileNameRaw.toString('latin1');
  const local = await zip.readLocalFileHeaderPromise(entry);
  const problem = localHeaderProblem(entry, local);
  if (problem) throw new BundleError('header-mismatch', `${name}：${problem}`);
  let extraFields;
  try {
    extraFields = yauzl.parseExtraFields(local.extraField);
  } catch {
    throw new BundleError('header-mismatch', `${name}：附加字段已损坏`);
  }
  if (extraFields.some((field) => field.id === UNICODE_PATH_EXTRA_FIELD)) {
    throw new BundleError('bad-name', name);
  }
}

async function listEntries(zip: ZipFile, caps: BundleCaps): Promise<ListedEntry[]> {
  const seen = new Set<string>();
  const files: ListedEntry[] = [];
  let declaredTotal = 0;
  for await (const entry of zip.eachEntry()) {
    const listed = checkEntry(entry, seen);
    // Directories too: a tool trusting the local header could see a file there.
    await checkLocalHeader(zip, entry);
    if (!listed) continue;
    declaredTotal += entry.uncompressedSize;
    if (entry.uncompressedSize > caps.maxEntryBytes || declaredTotal > caps.maxTotalBytes) {
      throw new BundleError('too-large', listed.name);
    }
    files.push(listed);
  }
  return files;
}

/**
 * The entry's bytes; stops inflating as soon as more than `limit` bytes come out. The CRC-32 is
 * checked too: yauzl leaves that to its caller, and a hash in the manifest only covers the files
 * it lists, not manifest.json or manifest.sig.
 */
function readEntry(zip: ZipFile, { name, entry }: ListedEntry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let length = 0;
      let crc = 0;
      let settled = false;
      const fail = (cause: unknown) => {
        if (settled) return;
        settled = true;
        stream.destroy();
        reject(cause);
      };
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > limit) return fail(new BundleError('too-large', name));
        crc = crc32(chunk, crc);
        chunks.push(chunk);
      });
      stream.on('error', (cause: Error) =>
        fail(/too many bytes in the stream/.test(cause.message) ? new BundleError('too-large', name) : cause),
      );
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        if (crc >>> 0 !== entry.crc32) return reject(new BundleError('crc-mismatch', name));
        resolve(Buffer.concat(chunks, length));
      });
    });
  });
}

/**
 * Every file in the zip by path (directory entries are checked, then dropped). Refuses unsafe
 * names, links, case-insensitive duplicates, too many entries, declared or actual sizes over the
 * caps (the actual check is what catches a zip bomb whose headers understate its size), local
 * headers that disagree with the central directory, and data that fails its CRC-32.
 */
export async function readZipEntries(
  bytes: Buffer,
  caps: BundleCaps,
  /** Only these files are inflated (all names are still checked). */
  only?: (name: string) => boolean,
): Promise<Map<string, Buffer>> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > caps.maxEntries) throw new BundleError('too-many-entries', `${zip.entryCount} 个`);
    const listed = await listEntries(zip, caps);
    const files = new Map<string, Buffer>();
    let total = 0;
    for (const item of listed) {
      if (only && !only(item.name)) continue;
      const limit = Math.min(caps.maxEntryBytes, caps.maxTotalBytes - total);
      const data = await readEntry(zip, item, limit);
      total += data.length;
      files.set(item.name, data);
    }
    return files;
  } catch (error) {
    throw corrupt(bytes, error);
  } finally {
    zip.close();
  }
}
