import { verify } from 'node:crypto';
import { BundleError } from './bundle-error';
import {
  type BundleCaps,
  DEFAULT_BUNDLE_CAPS,
  MANIFEST_PATH,
  RESERVED_PATHS,
  sha256Hex,
  SIGNATURE_PATH,
} from './bundle-rules';
import { loadPublicKey } from './keys';
import { type BundleManifest, parseManifestBytes } from './manifest';
import { readZipEntries } from './zip-reader';

export interface TrustedOfficeKey {
  officeCode: string;
  publicKeyPem: string;
}

export interface ReadBundleOptions {
  /** Registered office keys; several per office are fine (old and new key while changing keys). */
  trustedKeys: TrustedOfficeKey[];
  caps?: Partial<BundleCaps>;
  /** 'YYYY-MM'; when given, a bundle of another month is refused with 'wrong-period'. */
  expectedPeriod?: string;
  /**
   * Asked only when no key is registered for the bundle's office: the key to check the signature
   * with instead (trust on first import, after a person has confirmed its fingerprint), or null
   * to refuse the bundle with 'unknown-office'.
   */
  keyForUnknownOffice?: (manifest: BundleManifest) => string | null;
}

export interface ReadResult {
  manifest: BundleManifest;
  /** manifest.json exactly as signed; its SHA-256 identifies the bundle's content. */
  manifestBytes: Buffer;
  /** File bytes by path, in manifest order; manifest.json and manifest.sig are not included. */
  files: Map<string, Buffer>;
}

function decodeSignature(bytes: Buffer | undefined): Buffer {
  if (!bytes) throw new BundleError('bad-signature', '缺少 manifest.sig');
  const text = bytes.toString('latin1').trim();
  const signature = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || signature.length !== 64) {
    throw new BundleError('bad-signature', 'manifest.sig 格式不正确');
  }
  return signature;
}

function checkSignature(
  manifest: BundleManifest,
  manifestBytes: Buffer,
  signatureBytes: Buffer | undefined,
  options: ReadBundleOptions,
): void {
  const candidates = options.trustedKeys.filter((key) => key.officeCode === manifest.office.code);
  if (candidates.length === 0) {
    const key = options.keyForUnknownOffice?.(manifest) ?? null;
    if (key === null) throw new BundleError('unknown-office', manifest.office.code);
    candidates.push({ officeCode: manifest.office.code, publicKeyPem: key });
  }
  const signature = decodeSignature(signatureBytes);
  const valid = candidates.some((key) => {
    try {
      return verify(null, manifestBytes, loadPublicKey(key.publicKeyPem), signature);
    } catch {
      return false;
    }
  });
  if (!valid) throw new BundleError('bad-signature');
}

function checkFiles(manifest: BundleManifest, entries: Map<string, Buffer>): Map<string, Buffer> {
  for (const file of manifest.files) {
    const bytes = entries.get(file.path);
    if (!bytes) continue;
    if (sha256Hex(bytes) !== file.sha256) throw new BundleError('hash-mismatch', file.path);
    if (bytes.length !== file.size) throw new BundleError('size-mismatch', file.path);
  }
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const path of entries.keys()) {
    if (!listed.has(path) && !RESERVED_PATHS.includes(path)) throw new BundleError('unlisted-file', path);
  }
  const files = new Map<string, Buffer>();
  for (const file of manifest.files) {
    const bytes = entries.get(file.path);
    if (!bytes) throw new BundleError('missing-file', file.path);
    files.set(file.path, bytes);
  }
  return files;
}

/**
 * Reads and verifies a bundle entirely in memory, storing nothing. Checks run in this order and
 * the first failure throws a BundleError: zip structure, entry names and types, entry count,
 * local headers against the central directory, sizes (declared, then actual while inflating),
 * CRC-32s, manifest (size and nesting before parsing, then its schema, unknown fields refused),
 * office key, signature, each file's hash and size, files present versus listed, and the
 * expected month.
 */
export async function readBundle(bytes: Buffer, options: ReadBundleOptions): Promise<ReadResult> {
  const caps: BundleCaps = { ...DEFAULT_BUNDLE_CAPS, ...options.caps };
  const entries = await readZipEntries(bytes, caps);
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes) throw new BundleError('missing-manifest');
  const manifest = parseManifestBytes(manifestBytes);
  checkSignature(manifest, manifestBytes, entries.get(SIGNATURE_PATH), options);
  const files = checkFiles(manifest, entries);
  if (options.expectedPeriod !== undefined && manifest.period !== options.expectedPeriod) {
    throw new BundleError('wrong-period', `数据包为 ${manifest.period}，应为 ${options.expectedPeriod}`);
  }
  return { manifest, manifestBytes, files };
}
