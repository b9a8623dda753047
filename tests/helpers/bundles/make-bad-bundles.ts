import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BundleErrorReason } from '../../../src-main/core/platform/bundle-format/bundle-error';
import { MANIFEST_PATH, SIGNATURE_PATH } from '../../../src-main/core/platform/bundle-format/bundle-rules';
import { signedBundleEntries, writeBundle } from '../../../src-main/core/platform/bundle-format/write-bundle';
import {
  type BadBundleLevel,
  type CaseSpec,
  type Context,
  MiB,
  replaced,
  resigned,
  text,
  withData,
  withDataV2,
  without,
  withExtra,
} from './corpus-tools';
import { sampleBundleData, sampleBundleInput, sampleKeyFile, sampleKeys } from './sample-bundle';
import { STRUCTURE_CASES } from './structure-cases';

export type { BadBundleLevel } from './corpus-tools';

export const DEFAULT_CORPUS_DIR = 'tests/fixtures/bundles/generated';

export interface BadBundle {
  name: string;
  file: string;
  expectedReason: BundleErrorReason;
  level: BadBundleLevel;
}

const CASES: CaseSpec[] = [
  { name: 'not-zip', expectedReason: 'not-zip', build: () => text('这不是压缩包 / not a zip file\n') },
  {
    name: 'truncated',
    expectedReason: 'truncated',
    build: ({ good }) => good.subarray(0, Math.floor(good.length * 0.6)),
  },
  {
    name: 'zip-slip',
    expectedReason: 'traversal',
    build: (c) => withExtra(c, { name: '../evil.txt', data: text('owned') }),
  },
  {
    name: 'zip-slip-backslash',
    expectedReason: 'traversal',
    build: (c) => withExtra(c, { name: 'data\\..\\..\\evil.txt', data: text('owned') }),
  },
  {
    name: 'absolute-path',
    expectedReason: 'absolute-path',
    build: (c) => withExtra(c, { name: '/etc/x', data: text('owned') }),
  },
  {
    name: 'non-ascii-name',
    expectedReason: 'bad-name',
    build: (c) => withExtra(c, { name: text('报表.txt'), data: text('x') }),
  },
  {
    name: 'symlink',
    expectedReason: 'symlink',
    build: (c) => withExtra(c, { name: 'data/link', data: text('/etc/passwd'), unixMode: 0o120777 }),
  },
  {
    name: 'duplicate-names',
    expectedReason: 'duplicate-name',
    build: (c) => withExtra(c, { name: 'A.txt', data: text('a') }, { name: 'a.txt', data: text('b') }),
  },
  {
    name: 'too-many-entries',
    expectedReason: 'too-many-entries',
    build: (c) =>
      withExtra(
        c,
        ...Array.from({ length: 5000 }, (_, i) => ({
          name: `filler/${String(i).padStart(5, '0')}.txt`,
          data: text(''),
        })),
      ),
  },
  {
    // 60 MiB of zeros deflate to about 60 KB; the headers claim 1 KB.
    name: 'zip-bomb',
    expectedReason: 'too-large',
    build: (c) =>
      withExtra(c, { name: 'bomb.bin', data: Buffer.alloc(60 * MiB), compress: true, declaredSize: 1024 }),
  },
  {
    name: 'oversized-entry',
    expectedReason: 'too-large',
    build: (c) => withExtra(c, { name: 'big.bin', data: text('x'), compress: true, declaredSize: 60 * MiB }),
  },
  { name: 'missing-manifest', expectedReason: 'missing-manifest', build: (c) => without(c, MANIFEST_PATH) },
  {
    name: 'bad-manifest',
    expectedReason: 'bad-manifest',
    build: (c) => resigned(c, (manifest) => (manifest.period = '2025-13')),
  },
  {
    name: 'future-schema',
    expectedReason: 'future-schema',
    build: (c) => resigned(c, (manifest) => (manifest.schemaVersion = 2)),
  },
  {
    name: 'unknown-office',
    expectedReason: 'unknown-office',
    build: () => {
      const office = { code: 'SH09', name: '上海办事处', region: '华东' };
      const input = sampleBundleInput({ office });
      const data = { ...sampleBundleData(), office: { ...office, company: '江南康健医药有限公司' } };
      const files = input.files.map((f) =>
        f.path === 'data/bundle.json' ? { path: f.path, bytes: text(JSON.stringify(data)) } : f,
      );
      return writeBundle({ ...input, files, privateKeyPem: sampleKeys.stranger.privateKeyPem });
    },
  },
  {
    name: 'wrong-key',
    expectedReason: 'bad-signature',
    build: () => writeBundle({ ...sampleBundleInput(), privateKeyPem: sampleKeys.other.privateKeyPem }),
  },
  {
    name: 'changed-manifest',
    expectedReason: 'bad-signature',
    build: (c) => {
      const manifest = c.entries[0]!.bytes.toString('utf8').replace('"revision": 1', '"revision": 2');
      return replaced(c, MANIFEST_PATH, text(manifest));
    },
  },
  { name: 'unsigned', expectedReason: 'bad-signature', build: (c) => without(c, SIGNATURE_PATH) },
  {
    name: 'changed-document',
    expectedReason: 'hash-mismatch',
    build: (c) => {
      const path = 'documents/F01-2025-06.docx';
      const bytes = Buffer.from(c.entries.find((entry) => entry.path === path)!.bytes);
      bytes[bytes.length - 1]! ^= 0x01;
      return replaced(c, path, bytes);
    },
  },
  {
    name: 'wrong-listed-size',
    expectedReason: 'size-mismatch',
    build: (c) =>
      resigned(c, (manifest) => {
        const [first] = manifest.files as { size: number }[];
        first!.size += 1;
      }),
  },
  {
    name: 'unlisted-file',
    expectedReason: 'unlisted-file',
    build: (c) => withExtra(c, { name: 'notes.txt', data: text('not in the manifest') }),
  },
  { name: 'missing-file', expectedReason: 'missing-file', build: (c) => without(c, 'data/visits.json') },
  {
    // A genuine May bundle renamed as June's: the signature holds, the month does not.
    name: 'other-month',
    expectedReason: 'wrong-period',
    build: () => writeBundle(sampleBundleInput({ period: '2025-05' })),
  },
  {
    // Signed by the office, but its data speaks of another office than its manifest.
    name: 'data-other-office',
    expectedReason: 'office-mismatch',
    level: 'import',
    build: () => withData((data) => ({ ...data, office: { ...data.office, code: 'SH09' } })),
  },
  {
    // The right office code under another office's name: its reports would print under the
    // other office's letterhead at head office.
    name: 'data-other-letterhead',
    expectedReason: 'office-mismatch',
    level: 'import',
    build: () =>
      withData((data) => ({ ...data, office: { ...data.office, name: '上海办事处', region: '华东' } })),
  },
  {
    name: 'data-other-revision',
    expectedReason: 'manifest-mismatch',
    level: 'import',
    build: () => withData((data) => ({ ...data, revision: 2 })),
  },
  {
    // A report of another month slipped into June's bundle.
    name: 'data-report-of-other-month',
    expectedReason: 'report-outside-month',
    level: 'import',
    build: () =>
      withData((data) => ({
        ...data,
        reports: data.reports.map((r) => ({ ...r, periodKey: '2025-05-30', periodLabel: '2025-05-30' })),
      })),
  },
  {
    name: 'data-unknown-section',
    expectedReason: 'unknown-section',
    level: 'import',
    build: () =>
      withDataV2((data) => ({
        ...data,
        sections: { ...data.sections, bonuses: { version: 1, data: [{ userId: 2, amount: 5000 }] } },
      })),
  },
  {
    name: 'data-unknown-field',
    expectedReason: 'bad-data',
    level: 'import',
    build: () => withDataV2((data) => ({ ...data, note: 'x'.repeat(1000) })),
  },
  {
    name: 'data-future-schema',
    expectedReason: 'future-schema',
    level: 'import',
    build: () => withData((data) => ({ ...data, schemaVersion: 3 })),
  },
  ...STRUCTURE_CASES,
];

/** Names and expected reasons, in corpus order, without building anything. */
export const BAD_BUNDLE_CASES: readonly {
  name: string;
  expectedReason: BundleErrorReason;
  level: BadBundleLevel;
}[] = CASES.map(({ name, expectedReason, level }) => ({ name, expectedReason, level: level ?? 'reader' }));

/**
 * Writes good.zip, office-key.json (the sample office's public key file) and one `<name>.zip` per
 * bad case into `dir` (relative paths are taken from the working directory). Read them with
 * `sampleReadOptions()`: each bad one must fail with its `expectedReason`.
 */
export async function makeBadBundles(dir: string = DEFAULT_CORPUS_DIR): Promise<BadBundle[]> {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const input = sampleBundleInput();
  const context: Context = { good: await writeBundle(input), entries: signedBundleEntries(input) };
  writeFileSync(join(folder, 'good.zip'), context.good);
  writeFileSync(join(folder, 'office-key.json'), sampleKeyFile());
  const made: BadBundle[] = [];
  for (const spec of CASES) {
    const file = join(folder, `${spec.name}.zip`);
    writeFileSync(file, await spec.build(context));
    made.push({ name: spec.name, file, expectedReason: spec.expectedReason, level: spec.level ?? 'reader' });
  }
  return made;
}
