import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ReferenceImportResult } from '../../../../src-shared/contract/reference-bundles';
import type { Db } from '../../db/database';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { ownOfficeFingerprint } from './head-office-key';
import { ReferenceBundleError } from './reference-error';
import {
  CHUNK_JSON_LIMITS,
  checkChunk,
  columnNames,
  REFERENCE_TABLE_NAMES,
  REFERENCE_TABLES,
  type ReferenceTableName,
} from './reference-format';
import {
  checkSequence,
  type HeadOfficeKeyPolicy,
  officeRefState,
  readJson,
  type VerifiedReference,
  verifyReference,
} from './verify-reference';

/** SQLite allows 32,766 parameters a statement; 400 shipments take 4,800. */
const ROWS_PER_INSERT = 400;

export interface ReferenceImportOptions {
  /** The fingerprint a person confirmed with head office, when its key is not registered yet. */
  trustFingerprint?: string;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Aborting before the rows are saved leaves the database as it was. */
  signal?: AbortSignal;
  /** Called once the rows are staged and the transaction begins: a cancel can no longer stop it. */
  onSaving?: () => void;
}

const LABELS: Record<ReferenceTableName, string> = {
  products: '正在导入产品',
  prices: '正在导入价格',
  dealers: '正在导入经销商',
  shipments: '正在导入发货记录',
};

/** The policy for head office's key: trust the confirmed fingerprint, else only the registered key. */
function policyFor(trustFingerprint: string | undefined): HeadOfficeKeyPolicy {
  return trustFingerprint ? { kind: 'trust', fingerprint: trustFingerprint } : { kind: 'refuse' };
}

/** The temporary tables one import stages its rows in, named apart so two imports never share them. */
function stagingNames(): Record<ReferenceTableName, string> {
  const tag = randomUUID().replace(/-/g, '').slice(0, 12);
  return Object.fromEntries(REFERENCE_TABLE_NAMES.map((n) => [n, `temp.ref_stage_${tag}_${n}`])) as Record<
    ReferenceTableName,
    string
  >;
}

const columnList = (name: ReferenceTableName) => sql.join(columnNames(name).map((c) => sql.ref(c)));

/** One statement for many rows into a staging table. */
function stageRows(db: Db, staging: string, name: ReferenceTableName, rows: unknown[][]) {
  const values = sql.join(rows.map((row) => sql`(${sql.join(row)})`));
  return sql`insert into ${sql.raw(staging)} (${columnList(name)}) values ${values}`.execute(db);
}

/**
 * Moves a staged table into the reference table: inserted as they came, or in an incremental
 * bundle, updating the row with the same key. (`where true` lets SQLite tell the upsert's ON
 * from a join's.)
 */
function moveRows(trx: Db, staging: string, name: ReferenceTableName, upsert: boolean) {
  const spec = REFERENCE_TABLES[name];
  const insert = sql`insert into ${sql.table(spec.table)} (${columnList(name)})
    select ${columnList(name)} from ${sql.raw(staging)} where true order by rowid`;
  if (!upsert) return insert.execute(trx);
  const keys: readonly string[] = spec.key;
  const updates = columnNames(name)
    .filter((c) => !keys.includes(c))
    .map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`);
  return sql`${insert} on conflict (${sql.join(keys.map((k) => sql.ref(k)))}) do update set ${sql.join(updates)}`.execute(
    trx,
  );
}

// Between chunks the import gives the event loop a turn, so a screen polling the job sees progress.
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/** A database refusal of the bundle's rows, as a refusal of the bundle. */
async function refusingConstraints<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isConstraintError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReferenceBundleError('bad-reference-data', `${what}：${detail}`);
  }
}

/**
 * Parses, checks and stages every chunk, one small transaction on the connection's temporary
 * database each. The reference tables are not touched, and the connection is free between chunks,
 * so the screen can ask how far the job is (a single long transaction would hold it throughout).
 */
async function stageAll(
  db: Db,
  v: VerifiedReference,
  staging: Record<ReferenceTableName, string>,
  options: ReferenceImportOptions,
) {
  const { header } = v;
  const total = REFERENCE_TABLE_NAMES.reduce((n, name) => n + header.tables[name].rows, 0);
  let done = 0;
  for (const name of REFERENCE_TABLE_NAMES) {
    await sql`create table ${sql.raw(staging[name])} as
      select ${columnList(name)} from ${sql.table(REFERENCE_TABLES[name].table)} where 0`.execute(db);
    let rowsSeen = 0;
    for (const path of header.tables[name].files) {
      options.signal?.throwIfAborted();
      const rows = checkChunk(readJson(v.files.get(path)!, path, CHUNK_JSON_LIMITS), name, path, header);
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          await stageRows(trx, staging[name], name, rows.slice(i, i + ROWS_PER_INSERT));
        }
      });
      rowsSeen += rows.length;
      done += rows.length;
      options.onProgress?.(done, total, LABELS[name]);
      await yieldTurn();
    }
    if (rowsSeen !== header.tables[name].rows) {
      throw new ReferenceBundleError('bad-reference-data', `${name} 的行数与数据包说明不一致`);
    }
  }
  return total;
}

/**
 * Verifies a reference bundle, stages its rows, and writes them in one transaction: a full bundle
 * replaces every row, an incremental one updates rows by their key; then the office's sequence becomes the
 * bundle's, and head office's key is registered if a person confirmed it on this first import.
 * Every refusal, before or inside the transaction, leaves the database as it was.
 */
export async function importReferenceBundle(
  deps: Pick<HandlerContext, 'db' | 'dataDir' | 'now'>,
  actor: SessionUser,
  zip: Buffer,
  options: ReferenceImportOptions = {},
): Promise<ReferenceImportResult> {
  options.onProgress?.(0, 0, '正在校验数据包');
  const v = await verifyReference(
    deps.db,
    zip,
    policyFor(options.trustFingerprint),
    ownOfficeFingerprint(deps.dataDir),
  );
  const { header } = v;
  checkSequence(header, (await officeRefState(deps.db)).seq);
  const at = deps.now().toISOString();
  const staging = stagingNames();
  try {
    const total = await stageAll(deps.db, v, staging, options);
    options.onSaving?.();
    options.onProgress?.(total, total, '正在保存');
    await deps.db.transaction().execute(async (trx) => {
      // Checked again inside: another import may have finished since the bundle was verified.
      const state = await officeRefState(trx);
      checkSequence(header, state.seq);
      if (
        v.newKey &&
        state.headOfficeFingerprint !== null &&
        state.headOfficeFingerprint !== v.newKey.fingerprint
      ) {
        throw new ReferenceBundleError('other-head-office-key');
      }
      const full = header.mode === 'full';
      if (full) {
        // Prices name products, so they go first.
        for (const name of ['prices', 'products', 'dealers', 'shipments'] as const) {
          await trx.deleteFrom(REFERENCE_TABLES[name].table).execute();
        }
      }
      for (const name of REFERENCE_TABLE_NAMES) {
        await refusingConstraints(name, () => moveRows(trx, staging[name], name, !full));
      }
      await trx
        .updateTable('ref_state')
        .set({
          seq: header.toSeq,
          updated_at: at,
          ...(v.newKey
            ? { head_office_key: v.newKey.publicKeyPem, head_office_fingerprint: v.newKey.fingerprint }
            : {}),
        })
        .where('id', '=', 1)
        .execute();
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'importReference',
        entity: 'reference',
        entityId: header.toSeq,
        at,
        detail: {
          mode: header.mode,
          fromSeq: header.fromSeq,
          toSeq: header.toSeq,
          fingerprint: v.signerFingerprint,
          registeredKey: v.newKey !== null,
        },
      });
    });
  } finally {
    for (const table of Object.values(staging))
      await sql`drop table if exists ${sql.raw(table)}`.execute(deps.db);
  }
  const counts = {
    products: header.tables.products.rows,
    prices: header.tables.prices.rows,
    dealers: header.tables.dealers.rows,
    shipments: header.tables.shipments.rows,
  };
  return {
    mode: header.mode,
    fromSeq: header.fromSeq,
    toSeq: header.toSeq,
    counts,
    registeredFingerprint: v.newKey?.fingerprint ?? null,
  };
}
