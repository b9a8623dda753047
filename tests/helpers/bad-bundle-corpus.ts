import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type BadBundle, makeBadBundles } from './bundles/make-bad-bundles';

/**
 * The bad-bundle corpus, built once for the test file in a temporary folder by the same script
 * the repository ships (scripts/make-bad-bundles.ts), and removed afterwards.
 */
export function useBadBundleCorpus() {
  let dir = '';
  let cases = new Map<string, BadBundle>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regiondesk-bad-bundles-'));
    cases = new Map((await makeBadBundles(dir)).map((bundle) => [bundle.name, bundle]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    /** A case of the corpus by name. */
    get: (name: string): BadBundle => cases.get(name)!,
    /** The bytes of a case, or of good.zip. */
    bytes: (name: string): Buffer =>
      readFileSync(name === 'good' ? join(dir, 'good.zip') : cases.get(name)!.file),
  };
}
