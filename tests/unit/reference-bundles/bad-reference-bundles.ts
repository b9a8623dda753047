import { crc32 } from 'node:zlib';
import { type BundleErrorReason, DEFAULT_BUNDLE_CAPS } from '../../../src-main/core/platform/bundle-format';
import { MANIFEST_PATH, SIGNATURE_PATH } from '../../../src-main/core/platform/bundle-format/bundle-rules';
import { serializeManifest } from '../../../src-main/core/platform/bundle-format/manifest';
import { readZipEntries } from '../../../src-main/core/platform/bundle-format/zip-reader';
import {
  type BundleFileInput,
  signManifestBytes,
  writeBundle,
} from '../../../src-main/core/platform/bundle-format/write-bundle';
import type { ReferenceErrorReason } from '../../../src-main/core/modules/reference-bundles/reference-error';
import { asRaw, MiB, text } from '../../helpers/bundles/corpus-tools';
import { rawZip, type RawZipEntry } from '../../helpers/bundles/raw-zip';
import { sampleKeys } from '../../helpers/bundles/sample-bundle';

/**
 * The bad-bundle corpus's cases (tests/helpers/bundles/make-bad-bundles.ts) rebuilt on a good
 * reference bundle: that corpus spoils a monthly bundle and re-signs with the office's key, which
 * a reference import refuses before reaching the case. Each case here is signed with head office's
 * key wherever the corpus signs with the office's, so only the spoiled part is wrong.
 */

export interface RefContext {
  good: Buffer;
  /** manifest.json, manifest.sig, then the files, as the good bundle holds them. */
  entries: BundleFileInput[];
  /** Head office's private key (PEM). */
  key: string;
}

export interface RefCase {
  name: string;
  reason: BundleErrorReason | ReferenceErrorReason;
  /** Refused only by the database inside the import's transaction: inspection cannot tell. */
  level?: 'database';
  build: (c: RefContext) => Buffer | Promise<Buffer>;
}

/** The good bundle's context: its entries as zipped, and the key it was signed with. */
export async function refContext(good: Buffer, key: string): Promise<RefContext> {
  const entries = await readZipEntries(good, DEFAULT_BUNDLE_CAPS);
  return { good, entries: [...entries].map(([path, bytes]) => ({ path, bytes })), key };
}

const withExtra = (c: RefContext, ...extra: RawZipEntry[]) => rawZip([...asRaw(c.entries), ...extra]);
const without = (c: RefContext, path: string) => rawZip(asRaw(c.entries.filter((e) => e.path !== path)));
const replaced = (c: RefContext, path: string, bytes: Buffer) =>
  rawZip(asRaw(c.entries.map((e) => (e.path === path ? { path, bytes } : e))));
const rezipped = (c: RefContext, path: string, change: Partial<RawZipEntry>) =>
  rawZip(asRaw(c.entries).map((e) => (e.name === path ? { ...e, ...change } : e)));

function manifestOf(c: RefContext): Record<string, unknown> {
  return JSON.parse(c.entries[0]!.bytes.toString('utf8')) as Record<string, unknown>;
}

/** The good bundle with these bytes as its manifest, signed with `key`. */
function signedManifest(c: RefContext, bytes: Buffer, key = c.key): Buffer {
  const rest = c.entries.filter((e) => e.path !== MANIFEST_PATH && e.path !== SIGNATURE_PATH);
  const sig = signManifestBytes(bytes, key);
  return rawZip(asRaw([{ path: MANIFEST_PATH, bytes }, { path: SIGNATURE_PATH, bytes: sig }, ...rest]));
}

function resigned(c: RefContext, edit: (m: Record<string, unknown>) => void): Buffer {
  const manifest = manifestOf(c);
  edit(manifest);
  return signedManifest(c, serializeManifest(manifest));
}

/** A correctly signed bundle (by `key`) whose files have been edited before signing. */
export function rewritten(
  c: RefContext,
  edit: (files: Map<string, unknown>) => void,
  key = c.key,
  revision?: number,
): Promise<Buffer> {
  const manifest = manifestOf(c) as { office: never; period: string; revision: number; createdAt: string };
  const files = new Map<string, unknown>(
    c.entries.slice(2).map((e) => [e.path, JSON.parse(e.bytes.toString('utf8')) as unknown]),
  );
  edit(files);
  return writeBundle({
    manifestBase: {
      office: manifest.office,
      period: manifest.period,
      revision: revision ?? manifest.revision,
      createdAt: manifest.createdAt,
    },
    files: [...files].map(([path, value]) => ({ path, bytes: text(JSON.stringify(value)) })),
    privateKeyPem: key,
  });
}

type Json = Record<string, unknown> & { rows: unknown[][]; tables: Record<string, { rows: number }> };
const HEADER = 'data/reference.json';
const SHIPMENTS = 'data/shipments-0001.json';
const PRICES = 'data/prices-0001.json';

const editJson = (files: Map<string, unknown>, path: string, edit: (v: Json) => void) =>
  edit(files.get(path) as Json);

export const REFERENCE_CASES: RefCase[] = [
  { name: 'not-zip', reason: 'not-zip', build: () => text('这不是压缩包 / not a zip file\n') },
  {
    name: 'truncated',
    reason: 'truncated',
    build: ({ good }) => good.subarray(0, Math.floor(good.length * 0.6)),
  },
  {
    name: 'zip-slip',
    reason: 'traversal',
    build: (c) => withExtra(c, { name: '../evil.txt', data: text('owned') }),
  },
  {
    name: 'zip-slip-backslash',
    reason: 'traversal',
    build: (c) => withExtra(c, { name: 'data\\..\\..\\evil.txt', data: text('owned') }),
  },
  {
    name: 'absolute-path',
    reason: 'absolute-path',
    build: (c) => withExtra(c, { name: '/etc/x', data: text('x') }),
  },
  {
    name: 'non-ascii-name',
    reason: 'bad-name',
    build: (c) => withExtra(c, { name: text('参考.txt'), data: text('x') }),
  },
  {
    name: 'symlink',
    reason: 'symlink',
    build: (c) => withExtra(c, { name: 'data/link', data: text('/etc/passwd'), unixMode: 0o120777 }),
  },
  {
    name: 'duplicate-names',
    reason: 'duplicate-name',
    build: (c) => withExtra(c, { name: 'A.txt', data: text('a') }, { name: 'a.txt', data: text('b') }),
  },
  {
    name: 'too-many-entries',
    reason: 'too-many-entries',
    build: (c) =>
      withExtra(c, ...Array.from({ length: 5000 }, (_, i) => ({ name: `filler/${i}.txt`, data: text('') }))),
  },
  {
    name: 'zip-bomb',
    reason: 'too-large',
    build: (c) =>
      withExtra(c, { name: 'bomb.bin', data: Buffer.alloc(60 * MiB), compress: true, declaredSize: 1024 }),
  },
  {
    name: 'oversized-entry',
    reason: 'too-large',
    build: (c) => withExtra(c, { name: 'big.bin', data: text('x'), compress: true, declaredSize: 60 * MiB }),
  },
  { name: 'missing-manifest', reason: 'missing-manifest', build: (c) => without(c, MANIFEST_PATH) },
  { name: 'bad-manifest', reason: 'bad-manifest', build: (c) => resigned(c, (m) => (m.period = '2025-13')) },
  { name: 'future-schema', reason: 'future-schema', build: (c) => resigned(c, (m) => (m.schemaVersion = 2)) },
  {
    name: 'manifest-unknown-field',
    reason: 'unknown-manifest-field',
    build: (c) => resigned(c, (m) => (m.office = { ...(m.office as object), note: '请优先处理' })),
  },
  {
    name: 'manifest-padded',
    reason: 'json-too-large',
    build: (c) =>
      resigned(c, (m) => {
        for (let i = 0; i < 10 * 1024; i += 1) m[`pad${i}`] = 'x'.repeat(1024);
      }),
  },
  {
    name: 'manifest-too-deep',
    reason: 'too-deep',
    build: (c) => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      return signedManifest(
        c,
        text(c.entries[0]!.bytes.toString('utf8').replace('{', `{\n  "extra": ${deep},`)),
      );
    },
  },
  {
    name: 'changed-manifest',
    reason: 'bad-signature',
    build: (c) =>
      replaced(
        c,
        MANIFEST_PATH,
        text(c.entries[0]!.bytes.toString('utf8').replace('"revision": 1', '"revision": 2')),
      ),
  },
  { name: 'unsigned', reason: 'bad-signature', build: (c) => without(c, SIGNATURE_PATH) },
  {
    name: 'changed-data',
    reason: 'hash-mismatch',
    build: (c) => {
      const bytes = Buffer.from(c.entries.find((e) => e.path === SHIPMENTS)!.bytes);
      bytes[bytes.length - 2]! ^= 0x01;
      return replaced(c, SHIPMENTS, bytes);
    },
  },
  {
    name: 'wrong-listed-size',
    reason: 'size-mismatch',
    build: (c) => resigned(c, (m) => ((m.files as { size: number }[])[0]!.size += 1)),
  },
  {
    name: 'unlisted-file',
    reason: 'unlisted-file',
    build: (c) => withExtra(c, { name: 'notes.txt', data: text('x') }),
  },
  { name: 'missing-file', reason: 'missing-file', build: (c) => without(c, SHIPMENTS) },
  {
    name: 'bad-crc',
    reason: 'crc-mismatch',
    build: (c) => {
      const file = c.entries.find((e) => e.path === SHIPMENTS)!;
      return rezipped(c, SHIPMENTS, { crc: (crc32(file.bytes) ^ 0x01) >>> 0 });
    },
  },
  {
    name: 'local-header-name',
    reason: 'header-mismatch',
    build: (c) => rezipped(c, PRICES, { localName: 'prices.exe' }),
  },
  // Reference-specific: who signed it, what it is, and whether it continues the office's copy.
  {
    name: 'another-head-office-key',
    reason: 'other-head-office-key',
    build: (c) => rewritten(c, () => {}, sampleKeys.stranger.privateKeyPem),
  },
  {
    name: 'an-office-key',
    reason: 'other-head-office-key',
    build: (c) => rewritten(c, () => {}, sampleKeys.office.privateKeyPem),
  },
  {
    name: 'kind-not-reference',
    reason: 'not-reference',
    build: (c) => rewritten(c, (f) => editJson(f, HEADER, (h) => (h.kind = 'monthly'))),
  },
  {
    name: 'reference-future-schema',
    reason: 'reference-future-schema',
    build: (c) => rewritten(c, (f) => editJson(f, HEADER, (h) => (h.schemaVersion = 2))),
  },
  {
    name: 'header-unknown-field',
    reason: 'bad-reference-data',
    build: (c) => rewritten(c, (f) => editJson(f, HEADER, (h) => (h.note = 'x'))),
  },
  {
    name: 'row-outside-range',
    reason: 'bad-reference-data',
    build: (c) => rewritten(c, (f) => editJson(f, SHIPMENTS, (s) => (s.rows[0]![11] = 7))),
  },
  {
    name: 'row-wrong-type',
    reason: 'bad-reference-data',
    build: (c) => rewritten(c, (f) => editJson(f, SHIPMENTS, (s) => (s.rows[0]![9] = '50'))),
  },
  {
    name: 'row-count-differs',
    reason: 'bad-reference-data',
    build: (c) => rewritten(c, (f) => editJson(f, HEADER, (h) => (h.tables.shipments!.rows = 4))),
  },
  {
    // Sound until the database checks it: the price names no product. Refused inside the transaction.
    name: 'price-of-unknown-product',
    reason: 'bad-reference-data',
    level: 'database',
    build: (c) => rewritten(c, (f) => editJson(f, PRICES, (p) => (p.rows[1]![0] = 'P9999'))),
  },
  {
    // A shipment the database refuses (quantity 0): also inside the transaction, after other rows were written.
    name: 'shipment-refused-by-database',
    reason: 'bad-reference-data',
    level: 'database',
    build: (c) => rewritten(c, (f) => editJson(f, SHIPMENTS, (s) => (s.rows[2]![9] = 0))),
  },
];
