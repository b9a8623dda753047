import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_REASONS, BundleError, readBundle } from '../../../src-main/core/platform/bundle-format';
import { BAD_BUNDLE_CASES, makeBadBundles } from '../../helpers/bundles/make-bad-bundles';
import { sampleReadOptions } from '../../helpers/bundles/sample-bundle';
import { useBadBundleCorpus } from '../../helpers/bad-bundle-corpus';

const corpus = useBadBundleCorpus();

describe('the bad bundle corpus', () => {
  const readerCases = BAD_BUNDLE_CASES.filter((c) => c.level === 'reader');

  it.each(readerCases)('$name is refused as $expectedReason', async ({ name, expectedReason }) => {
    const bytes = corpus.bytes(name);
    const error = await readBundle(bytes, sampleReadOptions()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).reason).toBe(expectedReason);
    expect((error as BundleError).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('starts from a good bundle that reads', async () => {
    const { files } = await readBundle(corpus.bytes('good'), sampleReadOptions());
    expect(files.size).toBe(4);
  });

  it('has a case for every reason the reader gives', () => {
    const covered = new Set(BAD_BUNDLE_CASES.map((c) => c.expectedReason));
    // Parts are joined before reading; the data and revision checks belong to the import.
    const notReader = ['bad-parts', 'bad-data', 'revision-conflict'];
    const readerReasons = BUNDLE_ERROR_REASONS.filter((reason) => !notReader.includes(reason));
    expect(readerReasons.filter((reason) => !covered.has(reason))).toEqual([]);
  });

  it('comes out the same on every run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'regiondesk-bad-bundles-'));
    try {
      for (const bundle of await makeBadBundles(again)) {
        expect(readFileSync(bundle.file).equals(corpus.bytes(bundle.name))).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('accepts the renamed month when no month is expected', async () => {
    const bytes = corpus.bytes('other-month');
    const { manifest } = await readBundle(bytes, { trustedKeys: sampleReadOptions().trustedKeys });
    expect(manifest.period).toBe('2025-05');
  });
});
