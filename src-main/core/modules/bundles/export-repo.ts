import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { BundleExportSummary } from '../../../../src-shared/contract';
import type { BundleGap } from '../../../../src-shared/bundle/bundle-data';
import type { DB } from '../../db/database';

type Db = Kysely<DB> | Transaction<DB>;

export interface ExportedFile {
  fileName: string;
  bytes: number;
}

/** The folder bundles are saved to for the mail hand-off. */
export function outboxDir(dataDir: string): string {
  return join(dataDir, 'outbox');
}

/** The revision the next export of a month gets: one more than the last. */
export async function nextRevision(db: Db, month: string): Promise<number> {
  const row = await db
    .selectFrom('bundle_exports')
    .select((eb) => eb.fn.max('revision').as('last'))
    .where('period', '=', month)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Earlier exports, newest first; of one month when given. */
export async function listExports(db: Db, dataDir: string, month?: string): Promise<BundleExportSummary[]> {
  let q = db
    .selectFrom('bundle_exports')
    .innerJoin('users', 'users.id', 'bundle_exports.created_by')
    .selectAll('bundle_exports')
    .select('users.display_name as creator_name')
    .orderBy('bundle_exports.period', 'desc')
    .orderBy('bundle_exports.revision', 'desc');
  if (month) q = q.where('bundle_exports.period', '=', month);
  const rows = await q.execute();
  const dir = outboxDir(dataDir);
  return rows.map((r) => {
    const files = JSON.parse(r.files) as ExportedFile[];
    return {
      id: r.id,
      month: r.period,
      revision: r.revision,
      createdAt: r.created_at,
      createdBy: { id: r.created_by, name: r.creator_name },
      files,
      fileNames: files.map((f) => f.fileName),
      bytes: r.bytes,
      sha256: r.sha256,
      reportCount: (JSON.parse(r.report_ids) as number[]).length,
      gapCount: (JSON.parse(r.gaps) as unknown[]).length,
      supersededBy: r.superseded_by,
      present: files.every((f) => existsSync(join(dir, f.fileName))),
    };
  });
}

/** Records an export and marks the month's earlier revisions as replaced by it. */
export async function recordExport(
  trx: Transaction<DB>,
  e: {
    month: string;
    revision: number;
    files: ExportedFile[];
    bytes: number;
    sha256: string;
    reportIds: number[];
    gaps: BundleGap[];
    at: string;
    actorId: number;
  },
): Promise<number> {
  const row = await trx
    .insertInto('bundle_exports')
    .values({
      period: e.month,
      revision: e.revision,
      files: JSON.stringify(e.files),
      bytes: e.bytes,
      sha256: e.sha256,
      report_ids: JSON.stringify(e.reportIds),
      gaps: JSON.stringify(e.gaps),
      superseded_by: null,
      created_at: e.at,
      created_by: e.actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('bundle_exports')
    .set({ superseded_by: e.revision })
    .where('period', '=', e.month)
    .where('revision', '<', e.revision)
    .where('superseded_by', 'is', null)
    .execute();
  return row.id;
}
