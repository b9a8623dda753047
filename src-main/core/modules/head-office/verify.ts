import {
  BUNDLE_DATA_PATH,
  type BundleData,
  parseBundleData,
} from '../../../../src-shared/bundle/bundle-data';
import { getForm } from '../../../../src-shared/domain/forms';
import { belongsToMonth, monthScopeOf } from '../../../../src-shared/domain/month-scope';
import type { Db } from '../../db/database';
import {
  BundleError,
  type BundleManifest,
  DATA_JSON_LIMITS,
  fingerprint,
  joinParts,
  parseBoundedJson,
  readBundle,
  sha256Hex,
} from '../../platform/bundle-format';

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

/**
 * Reads data/bundle.json of any version ever written, bounded in size and depth before it is
 * parsed, and holds it against the signed manifest: the signature says who sent the bundle, not
 * that its content is consistent, so everything the data says about the office, the month and
 * the files must agree with the manifest, and every report must belong to the month.
 */
export function parseData(bytes: Buffer | undefined, manifest: BundleManifest): BundleData {
  if (!bytes) throw new BundleError('bad-data', `缺少 ${BUNDLE_DATA_PATH}`);
  const json = parseBoundedJson(bytes, { ...DATA_JSON_LIMITS, what: BUNDLE_DATA_PATH });
  const read = parseBundleData(json);
  if (!read.ok) throw new BundleError(read.problem.reason, read.problem.message);
  const data = read.data;
  const o = data.office;
  if (
    o.code !== manifest.office.code ||
    o.name !== manifest.office.name ||
    o.region !== manifest.office.region
  ) {
    throw new BundleError(
      'office-mismatch',
      `数据:${o.code} ${o.name} ${o.region};清单:${manifest.office.code} ${manifest.office.name} ${manifest.office.region}`,
    );
  }
  if (data.period !== manifest.period) throw new BundleError('manifest-mismatch', '月份不一致');
  if (data.revision !== manifest.revision) throw new BundleError('manifest-mismatch', '版本不一致');
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of data.files) {
    if (!listed.has(f.path))
      throw new BundleError('manifest-mismatch', `数据列出的文件 ${f.path} 不在清单中`);
  }
  const scope = monthScopeOf(data.period)!;
  for (const r of data.sections.reports.reports) {
    if (!belongsToMonth(getForm(r.formCode), r.periodKey, scope)) {
      throw new BundleError(
        'report-outside-month',
        `报表 ${r.id}:${r.formCode} ${r.periodKey} 不属于 ${data.period}`,
      );
    }
  }
  for (const g of data.sections.reports.gaps) {
    if (!belongsToMonth(getForm(g.formCode), g.periodKey, scope)) {
      throw new BundleError(
        'report-outside-month',
        `缺报 ${g.formCode} ${g.periodKey} 不属于 ${data.period}`,
      );
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
export async function registeredKeys(db: Db): Promise<TrustedKey[]> {
  const rows = await db.selectFrom('ho_office_keys').select(['office_code', 'public_key_pem']).execute();
  return rows.map((r) => ({ officeCode: r.office_code, publicKeyPem: r.public_key_pem }));
}

/** An office's registered public key. */
export interface TrustedKey {
  officeCode: string;
  publicKeyPem: string;
}

/** What checking a bundle needs: its parts, the keys head office trusts and what to do without one. */
export interface VerifyInput {
  parts: Uint8Array[];
  trustedKeys: TrustedKey[];
  policy: UnknownOfficePolicy;
  /** The names the files arrived under; a month in them must be the bundle's month. */
  fileNames: string[];
}

/**
 * Joins parts, then checks everything readBundle checks plus data/bundle.json against its schema
 * and the manifest. Throws BundleError with the first reason found. It reads no database, so it
 * runs in a worker thread: inflating, hashing and parsing a month take a few hundred milliseconds.
 */
export async function verifyBundle(input: VerifyInput): Promise<VerifiedBundle> {
  const { policy } = input;
  const parts = input.parts.map((p) =>
    Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength),
  );
  const zip = joinParts(parts);
  let officeKnown = true;
  const expectedPeriod = periodFromFileNames(input.fileNames);
  const read = await readBundle(zip, {
    ...(expectedPeriod ? { expectedPeriod } : {}),
    trustedKeys: input.trustedKeys,
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
