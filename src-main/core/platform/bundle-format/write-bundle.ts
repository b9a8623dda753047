import { createPublicKey, sign } from 'node:crypto';
import { ZipFile } from 'yazl';
import { BundleError } from './bundle-error';
import {
  DEFAULT_BUNDLE_CAPS,
  MANIFEST_PATH,
  pathKey,
  pathProblem,
  RESERVED_PATHS,
  sha256Hex,
  SIGNATURE_PATH,
} from './bundle-rules';
import { loadPrivateKey } from './keys';

import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  bundleManifestSchema,
  type BundleManifest,
  serializeManifest,
} from './manifest';

export { joinParts, partFileName, splitBundle } from './split-bundle';

/** The PEM public half of an office's private key, as the manifest names its signer. */
function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(loadPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
}

export interface BundleFileInput {
  path: string;
  bytes: Buffer;
}

/** Everything in manifest.json except what the writer computes (format, schemaVersion, files). */
export type ManifestBase = Pick<BundleManifest, 'office' | 'period' | 'revision' | 'createdAt' | 'parts'>;

export interface WriteBundleInput {
  manifestBase: ManifestBase;
  files: BundleFileInput[];
  privateKeyPem: string;
}

/** base64 of the Ed25519 signature over exactly these bytes, as stored in manifest.sig. */
export function signManifestBytes(manifestBytes: Buffer, privateKeyPem: string): Buffer {
  return Buffer.from(sign(null, manifestBytes, loadPrivateKey(privateKeyPem)).toString('base64'), 'ascii');
}

function checkFiles(files: BundleFileInput[]): BundleFileInput[] {
  const caps = DEFAULT_BUNDLE_CAPS;
  if (files.length + RESERVED_PATHS.length > caps.maxEntries) throw new BundleError('too-many-entries');
  const seen = new Set<string>();
  let total = 0;
  for (const file of files) {
    const problem = pathProblem(file.path);
    if (problem) throw new BundleError(problem, file.path);
    const key = pathKey(file.path);
    if (seen.has(key) || RESERVED_PATHS.includes(key)) throw new BundleError('duplicate-name', file.path);
    seen.add(key);
    total += file.bytes.length;
    if (file.bytes.length > caps.maxEntryBytes || total > caps.maxTotalBytes) {
      throw new BundleError('too-large', file.path);
    }
  }
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The entries of a bundle in the order they are zipped: manifest.json, manifest.sig, then the
 * files sorted by path. Throws BundleError for input the reader would refuse.
 */
export function signedBundleEntries(input: WriteBundleInput): BundleFileInput[] {
  const files = checkFiles(input.files);
  const { office, period, revision, createdAt, parts } = input.manifestBase;
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    office: { code: office.code, name: office.name, region: office.region },
    period,
    revision,
    createdAt,
    ...(parts ? { parts: { index: parts.index, count: parts.count } } : {}),
    signerKey: publicKeyOf(input.privateKeyPem),
    files: files.map((file) => ({ path: file.path, size: file.bytes.length, sha256: sha256Hex(file.bytes) })),
  };
  const checked = bundleManifestSchema.safeParse(manifest, { error: () => '缺少或格式不正确' });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new BundleError('bad-manifest', `${issue.path.join('.')}：${issue.message}`);
  }
  const manifestBytes = serializeManifest(manifest);
  return [
    { path: MANIFEST_PATH, bytes: manifestBytes },
    { path: SIGNATURE_PATH, bytes: signManifestBytes(manifestBytes, input.privateKeyPem) },
    ...files,
  ];
}

// Already-compressed formats gain nothing from deflate.
const STORED = /\.(docx|xlsx|pptx|zip|png|jpe?g|pdf|gz)$/i;

/**
 * A DOS timestamp is written from the local-time fields of a Date; noon of createdAt's UTC day,
 * built from local fields, gives the same bytes in every time zone and never falls in a DST gap.
 */
function zipTimestamp(createdAt: string): Date {
  const date = new Date(createdAt);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}

function zipEntries(entries: BundleFileInput[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const entry of entries) {
      zip.addBuffer(entry.bytes, entry.path, {
        mtime,
        mode: 0o100644,
        compress: !STORED.test(entry.path),
        forceDosTimestamp: true,
      });
    }
    zip.end();
  });
}

/** A signed bundle zip; the same input always gives the same bytes. */
export async function writeBundle(input: WriteBundleInput): Promise<Buffer> {
  const entries = signedBundleEntries(input);
  return zipEntries(entries, zipTimestamp(input.manifestBase.createdAt));
}
