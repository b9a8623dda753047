import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built zip; every field a well-behaved writer would refuse can be set. */
export interface RawZipEntry {
  /** Written byte for byte (latin1 for strings), with no checks. */
  name: string | Buffer;
  data: Buffer;
  compress?: boolean;
  /** Uncompressed size written in both headers instead of the real one. */
  declaredSize?: number;
  /** Unix mode stored in the high half of the external attributes (default regular file 0644). */
  unixMode?: number;
  /** CRC-32 written in both headers instead of the data's own. */
  crc?: number;
  /** Name written in the local header only; the central directory keeps `name`. */
  localName?: string | Buffer;
}

const bytesOf = (name: string | Buffer) => (typeof name === 'string' ? Buffer.from(name, 'latin1') : name);

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const MADE_BY_UNIX = (3 << 8) | 20;

/**
 * A minimal zip (no zip64, no data descriptors) built from raw headers, for bundles that yazl
 * rightly refuses to write: traversal names, links, lying sizes, wrong CRCs, disagreeing headers.
 */
export function rawZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = bytesOf(entry.name);
    const localName = entry.localName === undefined ? name : bytesOf(entry.localName);
    const payload = entry.compress ? deflateRawSync(entry.data) : entry.data;
    const method = entry.compress ? 8 : 0;
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.unixMode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, localName, payload);
    centrals.push(central, name);
    offset += local.length + localName.length + payload.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
