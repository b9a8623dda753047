import type { Db } from '../../db/database';
import {
  BundleError,
  type BundleManifest,
  fingerprint,
  type JsonLimits,
  parseBoundedJson,
  readBundle,
} from '../../platform/bundle-format';
import { ReferenceBundleError } from './reference-error';
import {
  CHUNK_JSON_LIMITS,
  checkChunk,
  HEADER_JSON_LIMITS,
  parseHeader,
  REFERENCE_HEADER_PATH,
  REFERENCE_TABLE_NAMES,
  type ReferenceHeader,
} from './reference-format';

/** How to treat a bundle when the office has not registered head office's key yet. */
export type HeadOfficeKeyPolicy =
  | { kind: 'refuse' }
  /** Check it against the key it names, so its fingerprint can be shown for comparison. */
  | { kind: 'inspect' }
  /** Trust the key it names if its fingerprint is this one, confirmed by a person. */
  | { kind: 'trust'; fingerprint: string };

/** A reference bundle whose zip, signature, hashes and header have been checked; nothing stored. */
export interface VerifiedReference {
  manifest: BundleManifest;
  header: ReferenceHeader;
  files: Map<string, Buffer>;
  signerFingerprint: string;
  /** The signer's key when it is not registered yet (trusted on this import). */
  newKey: { publicKeyPem: string; fingerprint: string } | null;
}

export interface OfficeRefState {
  seq: number;
  /** When the last bundle was imported. */
  updatedAt: string | null;
  headOfficeKey: string | null;
  headOfficeFingerprint: string | null;
}

export async function officeRefState(db: Db): Promise<OfficeRefState> {
  const row = await db
    .selectFrom('ref_state')
    .select(['seq', 'head_office_key', 'head_office_fingerprint', 'updated_at'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    seq: row.seq,
    updatedAt: row.updated_at,
    headOfficeKey: row.head_office_key,
    headOfficeFingerprint: row.head_office_fingerprint,
  };
}

/**
 * A JSON file of the bundle, bounded before parsing; text that is not JSON is named as reference
 * data, since BundleError's 'bad-data' speaks of the monthly data/bundle.json.
 */
export function readJson(bytes: Buffer, what: string, limits: JsonLimits): unknown {
  try {
    return parseBoundedJson(bytes, { ...limits, what });
  } catch (error) {
    if (error instanceof BundleError && error.reason === 'bad-data') {
      throw new ReferenceBundleError('bad-reference-data', `${what} 不是有效的 JSON 文本`);
    }
    throw error;
  }
}

function fingerprintOf(pem: string | undefined): string | null {
  if (!pem) return null;
  try {
    return fingerprint(pem);
  } catch {
    return null;
  }
}

/**
 * Refuses a bundle that does not continue this office's copy: one it already holds (or older),
 * and an incremental one that starts after the office's sequence (a gap would lose changes).
 */
export function checkSequence(header: ReferenceHeader, officeSeq: number): void {
  if (header.toSeq <= officeSeq) {
    throw new ReferenceBundleError(
      'older-sequence',
      `数据包至序号 ${header.toSeq}，本办事处已到 ${officeSeq}`,
    );
  }
  if (header.mode === 'incremental' && header.fromSeq > officeSeq) {
    throw new ReferenceBundleError(
      'sequence-gap',
      `数据包从序号 ${header.fromSeq} 之后开始，本办事处只到 ${officeSeq}`,
    );
  }
}

/** The header's files against the manifest: every chunk named is signed, every signed file is named. */
function checkListing(header: ReferenceHeader, manifest: BundleManifest): void {
  const listed = new Set(manifest.files.map((f) => f.path));
  const named = new Set<string>([REFERENCE_HEADER_PATH]);
  for (const name of REFERENCE_TABLE_NAMES) {
    for (const path of header.tables[name].files) {
      if (!listed.has(path) || named.has(path)) {
        throw new ReferenceBundleError('bad-reference-data', `${path} 不在清单中或重复`);
      }
      named.add(path);
    }
  }
  const stray = manifest.files.find((f) => !named.has(f.path));
  if (stray) throw new ReferenceBundleError('bad-reference-data', `${stray.path} 不属于任何数据表`);
  if (manifest.revision !== header.toSeq) {
    throw new ReferenceBundleError('bad-reference-data', '清单与数据的序号不一致');
  }
}

/**
 * Verifies a reference bundle as the monthly one is verified (zip safety, manifest, signature,
 * every file's hash) and then as reference data: its kind, who signed it, its header (and, if
 * asked, its rows). Whether it continues the office's copy is checkSequence's. Throws BundleError
 * or ReferenceBundleError; stores nothing.
 */
export async function verifyReference(
  db: Db,
  zip: Buffer,
  policy: HeadOfficeKeyPolicy,
  ownOfficeFingerprint: string | null,
  options: { checkRows?: boolean } = {},
): Promise<VerifiedReference> {
  const state = await officeRefState(db);
  // Filled in by the callback, which readBundle calls after the manifest and before the signature.
  const seen: { signer: string | null; newKey: VerifiedReference['newKey'] } = { signer: null, newKey: null };
  let read;
  try {
    read = await readBundle(zip, {
      // No key is registered by office code: head office's one key is asked for below.
      trustedKeys: [],
      keyForUnknownOffice: (manifest) => {
        // Judged on the signed-for manifest before the signature, so a monthly bundle is named as one.
        if (!manifest.files.some((f) => f.path === REFERENCE_HEADER_PATH)) {
          throw new ReferenceBundleError('not-reference');
        }
        const signer = fingerprintOf(manifest.signerKey);
        seen.signer = signer;
        if (signer !== null && signer === ownOfficeFingerprint) {
          throw new ReferenceBundleError('office-key');
        }
        if (state.headOfficeKey) return state.headOfficeKey;
        if (policy.kind === 'refuse' || !manifest.signerKey || signer === null) {
          throw new ReferenceBundleError('unknown-head-office');
        }
        if (policy.kind === 'trust' && policy.fingerprint !== signer) {
          throw new ReferenceBundleError('fingerprint-mismatch');
        }
        seen.newKey = { publicKeyPem: manifest.signerKey, fingerprint: signer };
        return manifest.signerKey;
      },
    });
  } catch (error) {
    // The bundle names a key other than the registered one: say so, rather than "tampered".
    if (
      error instanceof BundleError &&
      error.reason === 'bad-signature' &&
      state.headOfficeFingerprint !== null &&
      seen.signer !== null &&
      seen.signer !== state.headOfficeFingerprint
    ) {
      throw new ReferenceBundleError('other-head-office-key', `数据包的签名公钥指纹 ${seen.signer}`);
    }
    throw error;
  }
  const headerBytes = read.files.get(REFERENCE_HEADER_PATH)!;
  const header = parseHeader(readJson(headerBytes, REFERENCE_HEADER_PATH, HEADER_JSON_LIMITS));
  checkListing(header, read.manifest);
  const verified = {
    manifest: read.manifest,
    header,
    files: read.files,
    signerFingerprint: seen.signer ?? state.headOfficeFingerprint ?? '',
    newKey: seen.newKey,
  };
  if (options.checkRows) checkAllRows(verified);
  return verified;
}

/**
 * Parses and checks every chunk, one at a time, so inspection answers for the rows too. The
 * import checks them as it writes instead, to parse a million shipments once.
 */
function checkAllRows(v: VerifiedReference): void {
  for (const name of REFERENCE_TABLE_NAMES) {
    let rows = 0;
    for (const path of v.header.tables[name].files) {
      rows += checkChunk(readJson(v.files.get(path)!, path, CHUNK_JSON_LIMITS), name, path, v.header).length;
    }
    if (rows !== v.header.tables[name].rows) {
      throw new ReferenceBundleError('bad-reference-data', `${name} 的行数与数据包说明不一致`);
    }
  }
}
