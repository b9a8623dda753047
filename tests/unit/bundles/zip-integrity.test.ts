import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { BundleError, DEFAULT_BUNDLE_CAPS } from '../../../src-main/core/platform/bundle-format';
import { readZipEntries } from '../../../src-main/core/platform/bundle-format/zip-reader';
import { rawZip, type RawZipEntry } from '../../helpers/bundles/raw-zip';

const text = (value: string) => Buffer.from(value, 'utf8');
const FILES: RawZipEntry[] = [
  { name: 'data/a.json', data: text('{"a":1}'), compress: true },
  { name: 'data/b.txt', data: text('stored, not deflated'), compress: false },
];

async function refusal(bytes: Buffer, only?: (name: string) => boolean): Promise<BundleError> {
  const error = await readZipEntries(bytes, DEFAULT_BUNDLE_CAPS, only).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

/** The zip with `patch` applied to the local header of its first entry (which starts at 0). */
function patchedFirstLocal(patch: (header: Buffer) => void): Buffer {
  const bytes = rawZip(FILES);
  patch(bytes);
  return bytes;
}

describe('zip integrity', () => {
  it('reads a sound zip', async () => {
    const files = await readZipEntries(rawZip(FILES), DEFAULT_BUNDLE_CAPS);
    expect([...files.keys()]).toEqual(['data/a.json', 'data/b.txt']);
  });

  it.each([
    ['deflated', 0],
    ['stored', 1],
  ])('refuses a %s entry whose data fails its CRC-32, naming it', async (_, index) => {
    const entries = FILES.map((entry, i) =>
      i === index ? { ...entry, crc: (crc32(entry.data) + 1) >>> 0 } : entry,
    );
    const error = await refusal(rawZip(entries));
    expect(error.reason).toBe('crc-mismatch');
    expect(error.message).toContain(FILES[index]!.name as string);
  });

  it('refuses a stored entry whose bytes were flipped after zipping', async () => {
    const bytes = rawZip(FILES);
    const at = bytes.indexOf(text('stored, not deflated'));
    bytes[at]! ^= 0x20;
    expect((await refusal(bytes)).reason).toBe('crc-mismatch');
  });

  it.each([
    ['file name', (h: Buffer) => h.write('datA', 30, 'latin1'), '文件名不一致'],
    ['compression method', (h: Buffer) => h.writeUInt16LE(0, 8), '压缩方式不一致'],
    ['encryption flag', (h: Buffer) => h.writeUInt16LE(0x0001, 6), '加密标志不一致'],
    ['CRC-32', (h: Buffer) => h.writeUInt32LE((h.readUInt32LE(14) ^ 1) >>> 0, 14), '校验码不一致'],
    ['size', (h: Buffer) => h.writeUInt32LE(h.readUInt32LE(22) + 1, 22), '大小不一致'],
  ])('refuses a local header whose %s differs from the central directory', async (_, patch, detail) => {
    const error = await refusal(patchedFirstLocal(patch));
    expect(error.reason).toBe('header-mismatch');
    expect(error.message).toContain(`data/a.json：${detail}`);
  });

  it('checks local headers of entries it does not inflate', async () => {
    const bytes = rawZip(FILES.map((entry, i) => (i === 0 ? { ...entry, localName: 'data/x.json' } : entry)));
    expect((await refusal(bytes, (name) => name === 'data/b.txt')).reason).toBe('header-mismatch');
  });

  it('accepts entries written with data descriptors, whose local CRC and sizes are zero', async () => {
    const zip = new ZipFile();
    zip.addReadStream(Readable.from([text('streamed '), text('content')]), 'data/streamed.txt', {
      mtime: new Date(2025, 5, 1),
    });
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.readUInt16LE(6) & 0x0008).toBe(0x0008);
    const files = await readZipEntries(bytes, DEFAULT_BUNDLE_CAPS);
    expect(files.get('data/streamed.txt')?.toString()).toBe('streamed content');
  });
});
