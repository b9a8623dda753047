import type { BundleErrorReason } from '../../../src-main/core/platform/bundle-format/bundle-error';
import { MANIFEST_PATH, SIGNATURE_PATH } from '../../../src-main/core/platform/bundle-format/bundle-rules';
import { serializeManifest } from '../../../src-main/core/platform/bundle-format/manifest';
import {
  type BundleFileInput,
  signManifestBytes,
  writeBundle,
} from '../../../src-main/core/platform/bundle-format/write-bundle';
import { rawZip, type RawZipEntry } from './raw-zip';
import { sampleBundleData, sampleBundleDataV2, sampleBundleInput, sampleKeys } from './sample-bundle';

/** Ways to spoil the good sample bundle, shared by the groups of cases of the bad-bundle corpus. */

/**
 * 'reader': readBundle itself refuses the bundle. 'import': the zip, signature and hashes are
 * sound and the head-office import refuses what it holds (its data/bundle.json).
 */
export type BadBundleLevel = 'reader' | 'import';

export interface Context {
  good: Buffer;
  /** The good bundle's entries in zip order: manifest.json, manifest.sig, then the files. */
  entries: BundleFileInput[];
}

export interface CaseSpec {
  name: string;
  expectedReason: BundleErrorReason;
  level?: BadBundleLevel;
  build: (context: Context) => Buffer | Promise<Buffer>;
}

export const MiB = 1024 * 1024;
export const text = (value: string) => Buffer.from(value, 'utf8');

export const asRaw = (entries: BundleFileInput[]): RawZipEntry[] =>
  entries.map((entry) => ({ name: entry.path, data: entry.bytes, compress: true }));

export const withExtra = (context: Context, ...extra: RawZipEntry[]) =>
  rawZip([...asRaw(context.entries), ...extra]);

export const without = (context: Context, path: string) =>
  rawZip(asRaw(context.entries.filter((entry) => entry.path !== path)));

export function replaced(context: Context, path: string, bytes: Buffer): Buffer {
  return rawZip(asRaw(context.entries.map((entry) => (entry.path === path ? { path, bytes } : entry))));
}

/** The good bundle re-zipped by hand, with one entry's raw fields changed. */
export function rezipped(context: Context, path: string, change: Partial<RawZipEntry>): Buffer {
  return rawZip(
    asRaw(context.entries).map((entry) => (entry.name === path ? { ...entry, ...change } : entry)),
  );
}

/** The good bundle with these bytes as its manifest, signed with the office's own key. */
export function signedManifest(context: Context, bytes: Buffer): Buffer {
  const signature = signManifestBytes(bytes, sampleKeys.office.privateKeyPem);
  const rest = context.entries.filter(
    (entry) => entry.path !== MANIFEST_PATH && entry.path !== SIGNATURE_PATH,
  );
  return rawZip(asRaw([{ path: MANIFEST_PATH, bytes }, { path: SIGNATURE_PATH, bytes: signature }, ...rest]));
}

/** The good bundle with its manifest edited and signed again with the office's own key. */
export function resigned(context: Context, edit: (manifest: Record<string, unknown>) => void): Buffer {
  const manifest = JSON.parse(context.entries[0]!.bytes.toString('utf8')) as Record<string, unknown>;
  edit(manifest);
  return signedManifest(context, serializeManifest(manifest));
}

/** A correctly signed bundle whose data/bundle.json is these bytes. */
export function withDataBytes(bytes: Buffer): Promise<Buffer> {
  const input = sampleBundleInput();
  const files = input.files.map((f) => (f.path === 'data/bundle.json' ? { path: f.path, bytes } : f));
  return writeBundle({ ...input, files });
}

/** A correctly signed bundle whose data/bundle.json has been edited before signing. */
export function withData(edit: (data: ReturnType<typeof sampleBundleData>) => unknown): Promise<Buffer> {
  return withDataBytes(text(JSON.stringify(edit(sampleBundleData()))));
}

/** A correctly signed bundle whose data/bundle.json, in the sectioned schema, has been edited before signing. */
export function withDataV2(edit: (data: ReturnType<typeof sampleBundleDataV2>) => unknown): Promise<Buffer> {
  return withDataBytes(text(JSON.stringify(edit(sampleBundleDataV2()))));
}
