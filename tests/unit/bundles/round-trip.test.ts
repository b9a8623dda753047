import { createHash, createPublicKey, verify } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_SCHEMA_VERSION,
  BundleError,
  type ReadResult,
  generateOfficeKeyPair,
  KeyFileError,
  readBundle,
  writeBundle,
} from '../../../src-main/core/platform/bundle-format';
import { rawZip } from '../../helpers/bundles/raw-zip';
import {
  SAMPLE_CREATED_AT,
  SAMPLE_OFFICE,
  SAMPLE_PERIOD,
  sampleBundleInput,
  sampleFiles,
  sampleKeys,
  sampleReadOptions,
} from '../../helpers/bundles/sample-bundle';
import { signedBundleEntries } from '../../../src-main/core/platform/bundle-format/write-bundle';

async function refusal(promise: Promise<unknown>): Promise<BundleError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

/**
 * What head office depends on after a read: the sample office's month, every file given to the
 * writer back byte for byte, and a manifest whose size and SHA-256 of each file are the ones
 * computed here from the input, not the writer's own figures.
 */
function expectSampleContent({ manifest, files }: ReadResult): void {
  const input = sampleFiles().sort((a, b) => (a.path < b.path ? -1 : 1));
  expect(manifest).toMatchObject({
    format: 'regiondesk-bundle',
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    office: SAMPLE_OFFICE,
    period: SAMPLE_PERIOD,
    revision: 1,
    createdAt: SAMPLE_CREATED_AT,
  });
  expect(manifest.files).toEqual(
    input.map((file) => ({
      path: file.path,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    })),
  );
  expect([...files.keys()]).toEqual(input.map((file) => file.path));
  for (const file of input) expect(files.get(file.path), file.path).toEqual(file.bytes);
}

describe('writeBundle → readBundle', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('gives back the same files and a manifest listing each size and SHA-256', async () => {
    const read = await readBundle(await writeBundle(sampleBundleInput()), sampleReadOptions());
    expectSampleContent(read);
    expect(read.manifest.parts).toBeUndefined();
    // The manifest names the key it was signed with, so head office can show its fingerprint.
    expect(read.manifest.signerKey).toBe(sampleKeys.office.publicKeyPem);
    expect(JSON.parse(read.manifestBytes.toString('utf8'))).toEqual(read.manifest);
  });

  it('writes the same bytes for the same input, whatever the file order or time zone', async () => {
    process.env.TZ = 'Asia/Shanghai';
    const first = await writeBundle(sampleBundleInput());
    process.env.TZ = 'America/Los_Angeles';
    const input = sampleBundleInput();
    const second = await writeBundle({ ...input, files: [...input.files].reverse() });
    expect(second.equals(first)).toBe(true);
  });

  it('is a plain zip with the manifest first and an Ed25519 signature over its exact bytes', async () => {
    const entries = unzipSync(new Uint8Array(await writeBundle(sampleBundleInput())));
    expect(Object.keys(entries).slice(0, 2)).toEqual(['manifest.json', 'manifest.sig']);
    const manifestBytes = Buffer.from(entries['manifest.json']!);
    const signature = Buffer.from(strFromU8(entries['manifest.sig']!), 'base64');
    const key = createPublicKey(sampleKeys.office.publicKeyPem);
    expect(verify(null, manifestBytes, key, signature)).toBe(true);
  });

  it('keeps the parts field of a bundle that is one of several', async () => {
    const bytes = await writeBundle(sampleBundleInput({ parts: { index: 2, count: 3 } }));
    expect((await readBundle(bytes, sampleReadOptions())).manifest.parts).toEqual({ index: 2, count: 3 });
  });

  it('accepts any of several keys registered for the office', async () => {
    const bytes = await writeBundle(sampleBundleInput());
    const trustedKeys = [
      { officeCode: 'BJ01', publicKeyPem: generateOfficeKeyPair().publicKeyPem },
      { officeCode: 'BJ01', publicKeyPem: sampleKeys.office.publicKeyPem },
    ];
    expectSampleContent(await readBundle(bytes, { trustedKeys }));
    // The office's own key is what makes it pass: the other one alone is refused.
    expect((await refusal(readBundle(bytes, { trustedKeys: trustedKeys.slice(0, 1) }))).reason).toBe(
      'bad-signature',
    );
  });

  it('tolerates directory entries', async () => {
    const entries = signedBundleEntries(sampleBundleInput()).map((e) => ({ name: e.path, data: e.bytes }));
    const bytes = rawZip([{ name: 'data/', data: Buffer.alloc(0), unixMode: 0o040755 }, ...entries]);
    expectSampleContent(await readBundle(bytes, sampleReadOptions()));
  });

  it('applies caps given by the caller', async () => {
    const bytes = await writeBundle(sampleBundleInput());
    const options = sampleReadOptions();
    expect((await refusal(readBundle(bytes, { ...options, caps: { maxEntryBytes: 50 } }))).reason).toBe(
      'too-large',
    );
    expect((await refusal(readBundle(bytes, { ...options, caps: { maxTotalBytes: 200 } }))).reason).toBe(
      'too-large',
    );
    expect((await refusal(readBundle(bytes, { ...options, caps: { maxEntries: 5 } }))).reason).toBe(
      'too-many-entries',
    );
  });
});

describe('writeBundle refuses what the reader would refuse', () => {
  const withFile = (path: string, extra: { path: string; bytes: Buffer }[] = []) => {
    const input = sampleBundleInput();
    return writeBundle({ ...input, files: [...input.files, { path, bytes: Buffer.from('x') }, ...extra] });
  };

  it.each([
    ['../evil.txt', 'traversal'],
    ['/etc/x', 'absolute-path'],
    ['C:/x.txt', 'absolute-path'],
    ['报表.txt', 'bad-name'],
    ['data//x.txt', 'bad-name'],
    ['data/x?.txt', 'bad-name'],
    ['MANIFEST.JSON', 'duplicate-name'],
    ['DATA/Bundle.json', 'duplicate-name'],
  ])('%s → %s', async (path, reason) => {
    expect((await refusal(withFile(path))).reason).toBe(reason);
  });

  it('refuses a month that does not exist, in Chinese', async () => {
    const error = await refusal(writeBundle(sampleBundleInput({ period: '2025-13' })));
    expect(error.reason).toBe('bad-manifest');
    expect(error.message).toContain('月份格式');
  });

  it('refuses a private key that is not Ed25519', async () => {
    const input = { ...sampleBundleInput(), privateKeyPem: sampleKeys.office.publicKeyPem };
    await expect(writeBundle(input)).rejects.toBeInstanceOf(KeyFileError);
  });
});
