import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFile } from '../../../src-main/core/platform/bundle-format';
import { signedBundleEntries, writeBundle } from '../../../src-main/core/platform/bundle-format/write-bundle';
import { resigned } from '../../helpers/bundles/corpus-tools';
import { makeBadBundles } from '../../helpers/bundles/make-bad-bundles';
import { sampleBundleInput, sampleKeys } from '../../helpers/bundles/sample-bundle';

const SCRIPT = fileURLToPath(new URL('../../../scripts/verify-bundle.mjs', import.meta.url));
let dir: string;

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regiondesk-verify-'));
  await makeBadBundles(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/verify-bundle.mjs', () => {
  const key = () => join(dir, 'office-key.json');

  it('passes a good bundle: exit 0, office, month, each file and the signature', () => {
    const result = run(join(dir, 'good.zip'), key());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('BJ01');
    expect(result.stdout).toContain('2025-06');
    expect(result.stdout).toMatch(/签名 Signature: 有效 valid/);
    expect(result.stdout).toMatch(/\[正确 OK\] documents\/F01-2025-06\.docx/);
    expect(result.stdout).toMatch(/结果 Result: 有效 valid/);
  });

  it.each([
    ['changed-document', /HASH MISMATCH/],
    ['changed-manifest', /签名 Signature: 无效 INVALID/],
    ['wrong-key', /signature does not verify/],
    ['zip-slip', /path traversal/],
    ['symlink', /link entry/],
    ['zip-bomb', /zip bomb/],
    ['truncated', /not a readable zip/],
    ['unlisted-file', /UNLISTED/],
    ['bad-crc', /CRC-32 mismatch: documents\/F01-2025-06\.docx/],
    ['local-header-name', /local header disagrees with the central directory \(file name\): summary\.xlsx/],
    ['manifest-unknown-field', /unknown manifest field: office\.note/],
    ['manifest-padded', /manifest\.json too large/],
    ['manifest-too-deep', /manifest\.json nested too deeply/],
  ])('fails %s with exit 1', (name, pattern) => {
    const result = run(join(dir, `${name}.zip`), key());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(pattern);
    expect(result.stdout).toMatch(/结果 Result: 无效 INVALID/);
  });

  it('fails an unknown field inside a file record, as the app does', async () => {
    const input = sampleBundleInput();
    const context = { good: await writeBundle(input), entries: signedBundleEntries(input) };
    const bundle = join(dir, 'file-record-field.zip');
    writeFileSync(
      bundle,
      resigned(context, (manifest) => {
        (manifest.files as Record<string, unknown>[])[2]!.mode = 0o755;
      }),
    );
    const result = run(bundle, key());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/unknown manifest field: files\.2\.mode/);
  });

  it('fails a good bundle checked against another office key', () => {
    const other = join(dir, 'other-key.json');
    writeFileSync(
      other,
      publicKeyFile({ code: 'SH09', name: '上海办事处' }, sampleKeys.stranger.publicKeyPem),
    );
    const result = run(join(dir, 'good.zip'), other);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/key belongs to another office/);
  });

  it('fails on a key file whose fingerprint was edited', () => {
    const edited = join(dir, 'edited-key.json');
    const file = JSON.parse(
      publicKeyFile({ code: 'BJ01', name: '北京办事处' }, sampleKeys.office.publicKeyPem),
    );
    writeFileSync(edited, JSON.stringify({ ...file, fingerprint: '0000' }));
    expect(run(join(dir, 'good.zip'), edited).status).toBe(1);
  });

  it('prints usage and exits 2 without arguments', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/用法 usage/);
  });
});
