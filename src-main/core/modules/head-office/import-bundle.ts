import type { ImportResult } from '../../../../src-shared/contract';
import type { Db } from '../../db/database';
import { serializeOn } from '../../db/dialect';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { BundleError } from '../../platform/bundle-format';
import { keepBundle } from './bundle-store';
import { registeredKeys, type UnknownOfficePolicy, type VerifyInput } from './verify';
import type { CheckedBundle, PreparedImport } from './prepare-bundle';

const ROWS_PER_INSERT = 200;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface ImportOptions {
  /** The fingerprint a person confirmed for an office seen for the first time. */
  trustFingerprint?: string;
  /** The names the files arrived under; a month in them must be the bundle's month. */
  fileNames?: string[];
}

/** The stored bundle of this office, month and revision, if any. */
async function sameRevision(db: Db, v: CheckedBundle) {
  return db
    .selectFrom('ho_bundles')
    .select(['id', 'manifest_sha256'])
    .where('office_code', '=', v.manifest.office.code)
    .where('period', '=', v.manifest.period)
    .where('revision', '=', v.manifest.revision)
    .executeTakeFirst();
}

/**
 * The id of exactly this bundle when it is already stored, else null; refuses a different
 * bundle under a revision already stored.
 */
export async function storedCopy(db: Db, v: CheckedBundle): Promise<number | null> {
  const existing = await sameRevision(db, v);
  if (!existing) return null;
  if (existing.manifest_sha256 === v.manifestSha) return existing.id;
  throw new BundleError(
    'revision-conflict',
    `${v.manifest.office.name} ${v.manifest.period} 第 ${v.manifest.revision} 版`,
  );
}

/**
 * Registers the key a bundle from an unregistered office was signed with, once a person has
 * confirmed its fingerprint. If a key was registered for the office meanwhile, the bundle must
 * have been signed with it.
 */
async function trustSigner(trx: Db, v: CheckedBundle, actor: SessionUser, at: string) {
  const fingerprint = v.signerFingerprint!;
  const keys = await trx
    .selectFrom('ho_office_keys')
    .select('fingerprint')
    .where('office_code', '=', v.manifest.office.code)
    .execute();
  if (keys.some((k) => k.fingerprint === fingerprint)) return null;
  if (keys.length > 0) throw new BundleError('bad-signature');
  await trx
    .insertInto('ho_office_keys')
    .values({
      office_code: v.manifest.office.code,
      public_key_pem: v.manifest.signerKey!,
      fingerprint,
      source: 'firstImport',
      registered_at: at,
      registered_by: actor.id,
    })
    .execute();
  return fingerprint;
}

/** Whether no bundle of the office already here was exported after this one. */
async function newestExport(trx: Db, officeCode: string, exportedAt: string): Promise<boolean> {
  const later = await trx
    .selectFrom('ho_bundles')
    .select('id')
    .where('office_code', '=', officeCode)
    .where('exported_at', '>', exportedAt)
    .executeTakeFirst();
  return later === undefined;
}

function officeOf(v: CheckedBundle) {
  return { code: v.manifest.office.code, name: v.manifest.office.name, region: v.manifest.office.region };
}

/**
 * Verifies a bundle and turns it into the rows an import writes. Inspection runs exactly this,
 * so a bundle shown as importable cannot fail later for anything in its content. The keys are
 * read here; the rest runs in a worker thread when the core has them.
 */
export async function prepareImport(
  ctx: Pick<HandlerContext, 'db' | 'offThread'>,
  parts: Buffer[],
  policy: UnknownOfficePolicy,
  fileNames: string[] = [],
): Promise<PreparedImport> {
  const input: VerifyInput = { parts, trustedKeys: await registeredKeys(ctx.db), policy, fileNames };
  return ctx.offThread.run('prepareImport', input);
}

/**
 * Verifies one bundle (a zip or its parts) and stores it in one transaction: the office (and its
 * key, when trusted on this first import), the bundle, its files and reports. Importing the same
 * bundle again changes nothing; a newer revision of an office's month supersedes the current one,
 * which is kept as history; an older revision arriving late is kept as history only. Any refusal
 * throws before the transaction, so the database is untouched.
 */
export async function importBundle(
  deps: Pick<HandlerContext, 'db' | 'now' | 'bundleSections' | 'dataDir' | 'offThread'>,
  actor: SessionUser,
  parts: Buffer[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const policy: UnknownOfficePolicy = options.trustFingerprint
    ? { kind: 'trust', fingerprint: options.trustFingerprint }
    : { kind: 'refuse' };
  const prepared = await prepareImport(deps, parts, policy, options.fileNames);
  const { v } = prepared;
  const { manifest, data } = v;
  const base = {
    office: officeOf(v),
    period: manifest.period,
    revision: manifest.revision,
    reportCount: prepared.reports.length,
  };
  const at = deps.now().toISOString();
  const zipSha256 = await keepBundle(deps.dataDir, v.zip, v.zipSha256);
  // Whether it is already here is decided inside the transaction, so two imports of the same
  // bundle at once store it once.
  return deps.db.transaction().execute(async (trx) => {
    await serializeOn(trx, `ho_bundles:${manifest.office.code}:${manifest.period}`);
    const stored = await storedCopy(trx, v);
    if (stored !== null) {
      return {
        ...base,
        outcome: 'unchanged' as const,
        bundleId: stored,
        supersededRevision: null,
        historyOnly: false,
        registeredFingerprint: null,
      };
    }
    const current = await trx
      .selectFrom('ho_bundles')
      .select(['id', 'revision'])
      .where('office_code', '=', manifest.office.code)
      .where('period', '=', manifest.period)
      .where('superseded_by', 'is', null)
      .executeTakeFirst();
    const historyOnly = current !== undefined && current.revision > manifest.revision;
    const office = await trx
      .selectFrom('ho_offices')
      .selectAll()
      .where('code', '=', manifest.office.code)
      .executeTakeFirst();
    if (!office) {
      await trx
        .insertInto('ho_offices')
        .values({ ...officeOf(v), created_at: at, updated_at: at })
        .execute();
    } else if (
      (office.name !== manifest.office.name || office.region !== manifest.office.region) &&
      (await newestExport(trx, manifest.office.code, data.exportedAt))
    ) {
      // The office's newest bundle names it as it is now; an older one arriving late does not rename it back.
      await trx
        .updateTable('ho_offices')
        .set({ name: manifest.office.name, region: manifest.office.region, updated_at: at })
        .where('code', '=', office.code)
        .execute();
    }
    const registeredFingerprint = v.officeKnown ? null : await trustSigner(trx, v, actor, at);
    const { id: bundleId } = await trx
      .insertInto('ho_bundles')
      .values({
        office_code: manifest.office.code,
        period: manifest.period,
        revision: manifest.revision,
        manifest_sha256: v.manifestSha,
        bytes: v.zip.length,
        zip_sha256: zipSha256,
        exported_at: data.exportedAt,
        exported_by: data.exportedBy.name,
        head_office_due_at: data.headOfficeDueAt,
        office: prepared.office,
        gaps: prepared.gaps,
        key_fingerprint: v.signerFingerprint ?? '',
        imported_at: at,
        imported_by: actor.id,
        superseded_by: historyOnly ? current.id : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (current && !historyOnly) {
      await trx
        .updateTable('ho_bundles')
        .set({ superseded_by: bundleId })
        .where('id', '=', current.id)
        .execute();
    }
    const fileRows = prepared.files.map((f) => ({ ...f, bundle_id: bundleId }));
    const reportRows = prepared.reports.map((r) => ({ ...r, bundle_id: bundleId }));
    // Many rows per statement: a month of 50 reps is some 1,400 reports.
    for (const rows of chunks(fileRows, ROWS_PER_INSERT))
      await trx.insertInto('ho_bundle_files').values(rows).execute();
    for (const rows of chunks(reportRows, ROWS_PER_INSERT)) {
      await trx.insertInto('ho_reports').values(rows).execute();
      // Between two statements the thread answers other requests (which wait for the database).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (const section of prepared.sections) {
      const { parsed, ...row } = section;
      await trx
        .insertInto('ho_bundle_sections')
        .values({ ...row, bundle_id: bundleId })
        .execute();
      // Only the newest bundle of an office updates what head office knows of it (its region).
      if (!historyOnly) {
        const handler = deps.bundleSections.find((h) => h.name === section.name);
        await handler?.receive?.(trx, { bundleId, officeCode: manifest.office.code, at }, parsed);
      }
    }
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'import',
      entity: 'bundle',
      entityId: bundleId,
      at,
      detail: {
        office: manifest.office.code,
        period: manifest.period,
        revision: manifest.revision,
        manifestSha256: v.manifestSha,
        reports: prepared.reports.length,
        historyOnly,
        supersedes: current && !historyOnly ? current.id : null,
        registeredFingerprint,
      },
    });
    return {
      ...base,
      outcome: 'imported' as const,
      bundleId,
      supersededRevision: current && !historyOnly ? current.revision : null,
      historyOnly,
      registeredFingerprint,
    };
  });
}
