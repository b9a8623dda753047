import { crc32 } from 'node:zlib';
import { DATA_JSON_LIMITS } from '../../../src-main/core/platform/bundle-format/bundle-rules';
import { type CaseSpec, MiB, resigned, rezipped, signedManifest, text, withDataBytes } from './corpus-tools';
import { sampleBundleData } from './sample-bundle';

/*
 * Bundles whose signature and hashes hold, but whose zip structure or JSON is hostile: each of
 * these was once accepted, or failed without a reason.
 */

const DEEP = 100_000;
const PLACEHOLDER = '"__nested__"';
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** JSON text with the placeholder value swapped for arrays nested `depth` levels deep. */
const deepJson = (json: string, depth: number) => text(json.replace(PLACEHOLDER, nested(depth)));

export const STRUCTURE_CASES: CaseSpec[] = [
  {
    // The Word document is intact and matches the manifest; the zip's own checksum does not.
    name: 'bad-crc',
    expectedReason: 'crc-mismatch',
    build: (c) => {
      const document = c.entries.find((entry) => entry.path === 'documents/F01-2025-06.docx')!;
      return rezipped(c, document.path, { crc: (crc32(document.bytes) ^ 0x01) >>> 0 });
    },
  },
  {
    // A tool that trusts local headers would unpack summary.xlsx as an executable.
    name: 'local-header-name',
    expectedReason: 'header-mismatch',
    build: (c) => rezipped(c, 'summary.xlsx', { localName: 'summary.exe' }),
  },
  {
    name: 'manifest-unknown-field',
    expectedReason: 'unknown-manifest-field',
    build: (c) =>
      resigned(c, (manifest) => {
        manifest.office = { ...(manifest.office as object), note: '总部请优先处理' };
      }),
  },
  {
    // 10 MB of fields nobody reads, signed by the office: once accepted and stored as is.
    name: 'manifest-padded',
    expectedReason: 'json-too-large',
    build: (c) =>
      resigned(c, (manifest) => {
        for (let i = 0; i < 10 * 1024; i += 1) manifest[`pad${i}`] = 'x'.repeat(1024);
      }),
  },
  {
    name: 'manifest-too-deep',
    expectedReason: 'too-deep',
    build: (c) => {
      const manifest = c.entries[0]!.bytes.toString('utf8').replace('{', `{\n  "extra": ${PLACEHOLDER},`);
      return signedManifest(c, deepJson(manifest, DEEP));
    },
  },
  {
    // Refused once the head-office import reads data/bundle.json with parseBoundedJson.
    name: 'data-too-deep',
    expectedReason: 'too-deep',
    level: 'import',
    build: () => {
      const data = sampleBundleData();
      const report = { ...data.reports[0]!, data: { ...data.reports[0]!.data, attachments: '__nested__' } };
      return withDataBytes(deepJson(JSON.stringify({ ...data, reports: [report] }), DEEP));
    },
  },
  {
    // Valid JSON, mostly blanks: deflates to almost nothing, inflates past the data limit.
    name: 'data-too-large',
    expectedReason: 'json-too-large',
    level: 'import',
    build: () => {
      const json = JSON.stringify(sampleBundleData());
      return withDataBytes(
        Buffer.concat([
          text(json.slice(0, -1)),
          Buffer.alloc(DATA_JSON_LIMITS.maxBytes + MiB, 0x20),
          text('}'),
        ]),
      );
    },
  },
];
