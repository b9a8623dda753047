import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection } from '../../../src-main/core/db/connection';
import type { ImportResult } from '../../../src-shared/contract';
import { call, expectOk, OFFICE, startOffice } from '../../helpers/core-harness';
import { startHeadOffice, uploadAll } from './head-office';

/** Friday 4 December 2026, 10:00 in the office: October and November go out. */
export const EXPORT_AT = '2026-12-04T02:00:00.000Z';

export type RankingOffice = Awaited<ReturnType<typeof startOffice>>;
export type HeadOffice = Awaited<ReturnType<typeof startHeadOffice>>;

/** An office with its own code and region; the people are the harness's (张伟, 王芳, 李军, 陈静). */
export async function officeIn(profile: { regionCode: string; regionName: string; officeName: string }) {
  const o = await startOffice(EXPORT_AT);
  expectOk(await call(o.core, o.manager, 'office.update', { ...OFFICE, ...profile }));
  return o;
}

/** A rep's annual target of 12 equal months. */
export async function monthlyTarget(
  o: RankingOffice,
  userId: number,
  metric: 'sales' | 'collection',
  perMonth: number,
) {
  return expectOk(
    await call(o.core, o.manager, 'targets.set', {
      year: 2026,
      scope: 'rep',
      userId,
      metric,
      annual: perMonth * 12,
      method: 'equal',
    }),
  );
}

/** The ERP's figures of a rep's month, as an actuals import stores them. */
export function actuals(o: RankingOffice, userId: number, month: string, sales: number, collection: number) {
  const sqlite = openConnection(o.dbFile).sqlite;
  sqlite
    .prepare(
      `insert into sales_figures (user_id, month, source, sales_actual, collection_actual, updated_at)
       values (?, ?, 'imported', ?, ?, ?)
       on conflict (user_id, month, source) do update
       set sales_actual = excluded.sales_actual, collection_actual = excluded.collection_actual`,
    )
    .run(userId, month, sales, collection, EXPORT_AT);
  sqlite.close();
}

/** Exports a month at the office and returns the outbox files as they would be mailed. */
export async function exportMonth(o: RankingOffice, month: string) {
  const out = expectOk(await call(o.core, o.manager, 'bundles.export', { month }));
  return out.files.map((f) => ({ name: f.fileName, bytes: readFileSync(join(out.outboxDir, f.fileName)) }));
}

/** Imports a bundle at head office, trusting the office's key (read out on the phone) on first import. */
export async function importAt(
  hq: HeadOffice,
  o: RankingOffice,
  files: { name: string; bytes: Buffer }[],
): Promise<ImportResult> {
  const { fingerprint } = expectOk(await call(o.core, o.manager, 'keys.info', {}));
  const uploadIds = await uploadAll(hq.core, hq.admin, files);
  return expectOk(
    await call(hq.core, hq.admin, 'hq.import.run', { uploadIds, trustFingerprint: fingerprint }),
  );
}
