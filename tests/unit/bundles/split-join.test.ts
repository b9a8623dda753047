import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BundleError,
  isBundlePart,
  joinParts,
  partFileName,
  readBundle,
  splitBundle,
  writeBundle,
} from '../../../src-main/core/platform/bundle-format';
import { PART_HEADER_BYTES } from '../../../src-main/core/platform/bundle-format/split-bundle';
import { sampleBundleInput, sampleReadOptions } from '../../helpers/bundles/sample-bundle';

const KB = 1024;

async function bigBundle(): Promise<Buffer> {
  const input = sampleBundleInput();
  const scan = { path: 'documents/scan.pdf', bytes: randomBytes(300 * KB) };
  return writeBundle({ ...input, files: [...input.files, scan] });
}

function refusal(parts: Buffer[]): BundleError {
  try {
    joinParts(parts);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).reason).toBe('bad-parts');
    return error as BundleError;
  }
  throw new Error('expected the parts to be refused');
}

describe('splitBundle / joinParts', () => {
  it('cuts a large bundle into parts no bigger than asked, that join back in any order', async () => {
    const bytes = await bigBundle();
    const parts = splitBundle(bytes, 64 * KB);
    expect(parts).toHaveLength(Math.ceil(bytes.length / (64 * KB - PART_HEADER_BYTES)));
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(64 * KB);
      expect(isBundlePart(part)).toBe(true);
    }
    const joined = joinParts([...parts].reverse());
    expect(joined.equals(bytes)).toBe(true);
    expect((await readBundle(joined, sampleReadOptions())).files.get('documents/scan.pdf')!.length).toBe(
      300 * KB,
    );
  });

  it('leaves a bundle that fits as one plain zip', async () => {
    const bytes = await writeBundle(sampleBundleInput());
    const parts = splitBundle(bytes, 18 * KB * KB);
    expect(parts).toEqual([bytes]);
    expect(isBundlePart(parts[0]!)).toBe(false);
    expect(joinParts(parts)).toBe(bytes);
  });

  it('names parts <base>.partNofM.zip', () => {
    expect(partFileName('BJ01-2025-06-r1', 2, 3)).toBe('BJ01-2025-06-r1.part2of3.zip');
    expect(partFileName('BJ01-2025-06-r1', 1, 1)).toBe('BJ01-2025-06-r1.zip');
  });

  it('refuses a missing part, naming it', async () => {
    const parts = splitBundle(await bigBundle(), 64 * KB);
    expect(refusal(parts.filter((_, i) => i !== 1)).message).toContain('缺少第 2 卷');
  });

  it('refuses a part given twice', async () => {
    const parts = splitBundle(await bigBundle(), 64 * KB);
    expect(refusal([...parts, parts[0]!]).message).toContain('重复');
  });

  it('refuses parts of two different bundles', async () => {
    const [a, b] = [splitBundle(await bigBundle(), 64 * KB), splitBundle(await bigBundle(), 64 * KB)];
    expect(refusal([a[0]!, ...b.slice(1)]).message).toContain('不同的数据包');
  });

  it('refuses a damaged part', async () => {
    const parts = splitBundle(await bigBundle(), 64 * KB);
    parts[2] = Buffer.from(parts[2]!);
    parts[2][PART_HEADER_BYTES + 10]! ^= 0xff;
    expect(refusal(parts).message).toContain('已损坏');
  });

  it('refuses a file that is not a part among parts, and an empty list', async () => {
    const parts = splitBundle(await bigBundle(), 64 * KB);
    refusal([parts[0]!, Buffer.from('hello')]);
    refusal([]);
  });

  it('refuses a part size too small to be useful', async () => {
    expect(() => splitBundle(Buffer.alloc(10), 100)).toThrow(RangeError);
  });
});
