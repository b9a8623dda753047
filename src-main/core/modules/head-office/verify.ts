import type { Kysely } from 'kysely';
import {
  BUNDLE_DATA_PATH,
  BUNDLE_DATA_SCHEMA_VERSION,
  type BundleData,
  bundleDataSchema,
} from '../../../../src-shared/bundle/bundle-data';
import {
  BundleError,
  type BundleManifest,
  fingerprint,
  joinParts,
  readBundle,
} from '../../platform/bundle-format';
import { sha256Hex } from '../../platform/bundle-format/bundle-rules';
import type { DB } from '../../db/database';

/** A bundle whose zip, signature, hashes and data have all been checked; nothing stored yet. */
export interface VerifiedBundle {
  manifest: BundleManifest;
  /** SHA-256 of manifest.json: equal for the same bundle, different for any change. */
  manifestSha: string;
  /** The whole bundle, parts joined. */
  zip: Buffer;
  files: Map<string, Buffer>;
  data: BundleData;
  /** The fingerprint of the key the manifest names as its signer, if it names one. */
  signerFingerprint: string | null;
  /** False when the office had no registered key and the bundle was checked against its own. */
  officeKnown: boolean;
}

/** How to treat a bundle from an office with no registered key. */
export type UnknownOfficePolicy =
  /** Refuse it: 'unknown-office'. */
  | { kind: 'refuse' }
  /** Check it against the key it names, to show its fingerprint for confirmation. */
  | { kind: 'inspect' }
  /** Trust the key it names if its fingerprint is this one, confirmed by a person. */
  | { kind: 'trust'; fingerprint: string };

function signerFingerprintOf(manifest: BundleManifest): string | null {
  if (!manifest.signerKey) return null;
  try {
    return fingerprint(manifest.signerKey);
  } catch {
    return null;
  }
}

function parseData(bytes: Buffer | undefined, manifest: BundleManifest): BundleData {
  if (!bytes) throw new BundleError('bad-data', `缺少 ${BUNDLE_DATA_PATH}`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BundleError('bad-data', '不是有效的 JSON 文本');
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > BUNDLE_DATA_SCHEMA_VERSION) {
    throw new BundleError('future-schema', `数据版本 ${version},本软件支持 ${BUNDLE_DATA_SCHEMA_VERSION}`);
  }
  const parsed = bundleDataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleError('bad-data', `${issue.path.join('.') || '数据'}:${issue.message}`);
  }
  const data = parsed.data;
  if (data.office.code !== manifest.office.code)
    throw new BundleError('bad-data', '数据与清单的办事处不一致');
  if (data.period !== manifest.period) throw new BundleError('bad-data', '数据与清单的月份不一致');
  if (data.revision !== manifest.revision) throw new BundleError('bad-data', '数据与清单的版本不一致');
  const listed = new Set(manifest.files.map((f) => f.path));
  const reportIds = new Set(data.reports.map((r) => r.id));
  for (const f of data.files) {
    if (!listed.has(f.path)) throw new BundleError('bad-data', `数据列出的文件 ${f.path} 不在清单中`);
    for (const id of f.reportIds) {
      if (!reportIds.has(id)) throw new BundleError('bad-data', `文件 ${f.path} 列出的报表 ${id} 不在数据中`);
    }
  }
  return data;
}

const BUNDLE_FILE_NAME = /^[A-Za-z0-9-]+?-(\d{4}-(?:0[1-9]|1[0-2]))-r\d+(?:\.part\d+of\d+)?\.zip$/i;

/**
 * The month the files' names promise (`HD-03-2026-11-r1.zip`, `….part2of3.zip`), when they all
 * name the same one: a bundle of another month renamed to look like this one is then refused.
 */
export function periodFromFileNames(fileNames: string[]): string | undefined {
  const periods = new Set(fileNames.map((name) => BUNDLE_FILE_NAME.exec(name)?.[1] ?? null));
  if (periods.size !== 1) return undefined;
  return [...periods][0] ?? undefined;
}

/** The registered keys of every office, as readBundle takes them. */
async function registeredKeys(db: Kysely<DB>) {
  const rows = await db.selectFrom('ho_office_keys').select(['office_code', 'public_key_pem']).execute();
  return rows.map((r) => ({ officeCode: r.office_code, publicKeyPem: r.public_key_pem }));
}

/**
 * Joins parts, then checks everything readBundle checks plus data/bundle.json against its schema
 * and the manifest. Throws BundleError with the first reason found; stores nothing.
 */
export async function verifyBundle(
  db: Kysely<DB>,
  parts: Buffer[],
  policy: UnknownOfficePolicy,
  fileNames: string[] = [],
): Promise<VerifiedBundle> {
  const zip = joinParts(parts);
  let officeKnown = true;
  const expectedPeriod = periodFromFileNames(fileNames);
  const read = await readBundle(zip, {
    ...(expectedPeriod ? { expectedPeriod } : {}),
    trustedKeys: await registeredKeys(db),
    keyForUnknownOffice: (manifest) => {
      officeKnown = false;
      if (policy.kind === 'refuse' || !manifest.signerKey) return null;
      if (policy.kind === 'trust' && signerFingerprintOf(manifest) !== policy.fingerprint) {
        throw new BundleError('unknown-office', '确认的公钥指纹与数据包的签名公钥不一致');
      }
      return manifest.signerKey;
    },
  });
  return {
    manifest: read.manifest,
    manifestSha: sha256Hex(read.manifestBytes),
    zip,
    files: read.files,
    data: parseData(read.files.get(BUNDLE_DATA_PATH), read.manifest),
    signerFingerprint: signerFingerprintOf(read.manifest),
    officeKnown,
  };
}
