import { createPublicKey, verify } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_SCHEMA_VERSION,
  BundleError,
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

describe('writeBundle → readBundle', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('gives back the same files and a manifest listing each size and SHA-256', async () => {
    const { manifest, files } = await readBundle(await writeBundle(sampleBundleInput()), sampleReadOptions());
    expect(manifest).toMatchObject({
      format: 'regiondesk-bundle',
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      office: SAMPLE_OFFICE,
      period: SAMPLE_PERIOD,
      revision: 1,
      createdAt: SAMPLE_CREATED_AT,
    });
    expect(manifest.parts).toBeUndefined();
    const input = sampleFiles();
    expect([...files.keys()]).toEqual(input.map((file) => file.path).sort());
    for (const file of input) expect(files.get(file.path)!.equals(file.bytes)).toBe(true);
    const reports = manifest.files.find((file) => file.path === 'data/bundle.json')!;
    expect(reports.size).toBe(input[0]!.bytes.length);
    expect(reports.sha256).toMatch(/^[0-9a-f]{64}$/);
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
    await expect(readBundle(bytes, { trustedKeys })).resolves.toBeTruthy();
  });

  it('tolerates directory entries', async () => {
    const entries = signedBundleEntries(sampleBundleInput()).map((e) => ({ name: e.path, data: e.bytes }));
    const bytes = rawZip([{ name: 'data/', data: Buffer.alloc(0), unixMode: 0o040755 }, ...entries]);
    expect((await readBundle(bytes, sampleReadOptions())).files.size).toBe(4);
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
