import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../../src-shared/errors';

/**
 * Received bundles live in the data folder under their SHA-256, like attachments, and the database
 * keeps only the hash and size: a head office of fifty regions gathers gigabytes of zips, which
 * would otherwise fill the database (and every copy of it) with bytes nobody queries.
 */
export const BUNDLES_DIR = 'bundles-received';

export function bundlePath(dataDir: string, sha256: string): string {
  return join(dataDir, BUNDLES_DIR, sha256.slice(0, 2), sha256);
}

/** A kept bundle's bytes, checked against their hash. */
export function readKeptBundle(dataDir: string, sha256: string): Buffer {
  const path = bundlePath(dataDir, sha256);
  if (!existsSync(path)) {
    throw new ApiError(
      'NOT_FOUND',
      `数据包文件缺失(${BUNDLES_DIR}/${sha256.slice(0, 2)}/${sha256}),请从备份恢复数据目录。`,
    );
  }
  const bytes = readFileSync(path);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new ApiError('INVALID_STATE', `数据包文件已损坏(${sha256}),请从备份恢复数据目录。`);
  }
  return bytes;
}

/**
 * Keeps the bytes under their hash unless already kept, through a temporary file flushed and
 * renamed so a power cut never leaves a torn file under a good name, without holding up the
 * thread. Written before the import's transaction commits: a rolled-back import leaves at most an
 * unreferenced file, never a row without its file. An import passes the hash it already has
 * (worked out with the rest of the check, off the main thread).
 */
export async function keepBundle(
  dataDir: string,
  bytes: Uint8Array,
  sha256: string = createHash('sha256').update(bytes).digest('hex'),
): Promise<string> {
  const path = bundlePath(dataDir, sha256);
  if (existsSync(path)) return sha256;
  const dir = join(path, '..');
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return sha256;
}
