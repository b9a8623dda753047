import { createHash } from 'node:crypto';
import { BundleError } from './bundle-error';

/*
 * Parts for mail limits. A bundle that fits is returned as is (one plain zip). A larger one is cut
 * into byte ranges, each prefixed by a 48-byte header:
 *
 *   0  8  magic "RDPART" 0x00 0x01
 *   8  2  part index, 1-based (uint16 LE)
 *  10  2  part count (uint16 LE)
 *  12  4  total bundle length (uint32 LE)
 *  16 32  SHA-256 of the whole bundle
 *
 * joinParts accepts the parts in any order, refuses gaps, duplicates and parts of another bundle,
 * and checks the hash of the result; the joined zip is then read and verified as usual, so the
 * signature still covers everything. Parts carry no signature of their own: a forged part can only
 * make the join or the later verification fail.
 */

const MAGIC = Buffer.from([0x52, 0x44, 0x50, 0x41, 0x52, 0x54, 0x00, 0x01]);
export const PART_HEADER_BYTES = 48;
const MIN_PART_BYTES = 1024;
const MAX_PARTS = 0xffff;

/** `<base>.part2of3.zip`; a bundle that was not split keeps `<base>.zip`. */
export function partFileName(base: string, index: number, count: number): string {
  return count <= 1 ? `${base}.zip` : `${base}.part${index}of${count}.zip`;
}

export function isBundlePart(bytes: Buffer): boolean {
  return bytes.length >= PART_HEADER_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Parts of the same bundle share this key (the whole bundle's SHA-256); null for a plain zip. */
export function partGroupKey(bytes: Buffer): string | null {
  return isBundlePart(bytes) ? bytes.subarray(16, PART_HEADER_BYTES).toString('hex') : null;
}

/** One part per element; `[bytes]` unchanged when the bundle is at most `maxPartBytes` long. */
export function splitBundle(bytes: Buffer, maxPartBytes: number): Buffer[] {
  if (!Number.isInteger(maxPartBytes) || maxPartBytes < MIN_PART_BYTES) {
    throw new RangeError(`maxPartBytes must be an integer of at least ${MIN_PART_BYTES}`);
  }
  if (bytes.length <= maxPartBytes) return [bytes];
  if (bytes.length > 0xffffffff) throw new RangeError('bundle too large to split');
  const payload = maxPartBytes - PART_HEADER_BYTES;
  const count = Math.ceil(bytes.length / payload);
  if (count > MAX_PARTS) throw new RangeError('too many parts; raise maxPartBytes');
  const digest = createHash('sha256').update(bytes).digest();
  const parts: Buffer[] = [];
  for (let index = 1; index <= count; index += 1) {
    const header = Buffer.alloc(PART_HEADER_BYTES);
    MAGIC.copy(header, 0);
    header.writeUInt16LE(index, 8);
    header.writeUInt16LE(count, 10);
    header.writeUInt32LE(bytes.length, 12);
    digest.copy(header, 16);
    parts.push(Buffer.concat([header, bytes.subarray((index - 1) * payload, index * payload)]));
  }
  return parts;
}

interface PartHeader {
  index: number;
  count: number;
  total: number;
  digest: Buffer;
}

function readHeader(part: Buffer): PartHeader {
  if (!isBundlePart(part)) throw new BundleError('bad-parts', '不是数据包分卷');
  return {
    index: part.readUInt16LE(8),
    count: part.readUInt16LE(10),
    total: part.readUInt32LE(12),
    digest: part.subarray(16, 48),
  };
}

/** The bundle from its parts (any order), or a single unsplit bundle unchanged. */
export function joinParts(parts: Buffer[]): Buffer {
  if (parts.length === 1 && !isBundlePart(parts[0]!)) return parts[0]!;
  if (parts.length === 0) throw new BundleError('bad-parts', '没有分卷');
  const headers = parts.map(readHeader);
  const first = headers[0]!;
  const byIndex = new Map<number, Buffer>();
  headers.forEach((header, i) => {
    if (header.count !== first.count || header.total !== first.total || !header.digest.equals(first.digest)) {
      throw new BundleError('bad-parts', '分卷来自不同的数据包');
    }
    if (header.index < 1 || header.index > header.count) throw new BundleError('bad-parts', '分卷序号无效');
    if (byIndex.has(header.index)) throw new BundleError('bad-parts', `第 ${header.index} 卷重复`);
    byIndex.set(header.index, parts[i]!.subarray(PART_HEADER_BYTES));
  });
  const missing = [];
  for (let index = 1; index <= first.count; index += 1) if (!byIndex.has(index)) missing.push(index);
  if (missing.length > 0) {
    throw new BundleError('bad-parts', `共 ${first.count} 卷，缺少第 ${missing.join('、')} 卷`);
  }
  const joined = Buffer.concat([...byIndex.entries()].sort(([a], [b]) => a - b).map(([, bytes]) => bytes));
  const digest = createHash('sha256').update(joined).digest();
  if (joined.length !== first.total || !digest.equals(first.digest)) {
    throw new BundleError('bad-parts', '分卷内容已损坏');
  }
  return joined;
}
