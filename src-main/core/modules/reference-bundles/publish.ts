import { type RawBuilder, sql } from 'kysely';
import type { ReferenceCounts } from '../../../../src-shared/contract/reference-bundles';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { greatest } from '../../db/dialect';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { type BundleFileInput, writeBundle } from '../../platform/bundle-format';
import { applyDealerSanctions } from '../head-office';
import { requireOffice } from '../office';
import { ensureHeadOfficeKey } from './head-office-key';
import {
  chunkPath,
  columnNames,
  REFERENCE_HEADER_PATH,
  REFERENCE_KIND,
  REFERENCE_SCHEMA_VERSION,
  REFERENCE_TABLE_NAMES,
  REFERENCE_TABLES,
  type ReferenceHeader,
  type ReferenceTableName,
  ROWS_PER_CHUNK,
} from './reference-format';

export type PublishMode = 'full' | 'incremental';

export interface PublishedBundle {
  zip: Buffer;
  fileName: string;
  mode: PublishMode;
  fromSeq: number;
  toSeq: number;
  counts: ReferenceCounts;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

/**
 * A table's rows changed after `fromSeq`, in chunk files of ROWS_PER_CHUNK rows, read a page at a
 * time in the order of the table's key (keyset paging, the same on SQLite and PostgreSQL) so a
 * million shipments never sit in memory as objects.
 */
async function tableChunks(trx: Db, name: ReferenceTableName, fromSeq: number) {
  const columns = columnNames(name);
  const select = sql.join(columns.map((c) => sql.ref(c)));
  const key = REFERENCE_TABLES[name].key;
  const keyList = sql.join(key.map((c) => sql.ref(c)));
  const files: BundleFileInput[] = [];
  let rows = 0;
  let after: unknown[] | null = null;
  for (;;) {
    const past: RawBuilder<unknown> = after ? sql`(${keyList}) > (${sql.join(after)})` : sql`true`;
    const page = await sql<Record<string, unknown>>`
      select ${select} from ${sql.table(REFERENCE_TABLES[name].table)}
      where seq > ${fromSeq} and ${past} order by ${keyList} limit ${ROWS_PER_CHUNK}`.execute(trx);
    if (page.rows.length === 0) break;
    const last: Record<string, unknown> = page.rows[page.rows.length - 1]!;
    after = key.map((c) => last[c]);
    const values = page.rows.map((row) => columns.map((c) => row[c]));
    files.push({
      path: chunkPath(name, files.length + 1),
      bytes: json({ table: name, columns, rows: values }),
    });
    rows += values.length;
    if (page.rows.length < ROWS_PER_CHUNK) break;
  }
  return { rows, files };
}

async function publishState(db: Db) {
  return db
    .selectFrom('ref_state')
    .select(['seq', 'published_seq'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
}

/**
 * Writes a signed reference bundle: full (every row, fromSeq 0) or incremental (rows changed after
 * `fromSeq`, by default after the last published), reading one consistent state, then records
 * the sequence as published. The manifest is the monthly bundle's, naming head office as the
 * signer and the bundle's last sequence as its revision; data/reference.json says the rest.
 */
export async function publishReferenceBundle(
  ctx: Pick<HandlerContext, 'db' | 'dataDir' | 'now'>,
  actor: SessionUser,
  request: { mode: PublishMode; fromSeq?: number },
): Promise<PublishedBundle> {
  const key = await ensureHeadOfficeKey(ctx, actor.id);
  const office = await requireOffice(ctx.db);
  const createdAt = ctx.now().toISOString();
  // One transaction: the rows and the sequence they reach are the same moment's. The offices'
  // sanctions in force today are written into the dealer list first, so this bundle carries them.
  const read = await ctx.db.transaction().execute(async (trx) => {
    await applyDealerSanctions(trx, officeDay(ctx.now()), createdAt);
    const state = await publishState(trx);
    const toSeq = state.seq;
    const fromSeq = request.mode === 'full' ? 0 : (request.fromSeq ?? state.published_seq);
    if (toSeq === 0)
      throw new ApiError(
        'INVALID_STATE',
        '还没有任何参考数据，无需发布。请先录入或导入产品、价格、经销商或发货记录。',
      );
    if (fromSeq > toSeq) {
      throw new ApiError('BAD_INPUT', `起始序号 ${fromSeq} 大于当前序号 ${toSeq}，请检查后重试。`, {
        fromSeq: '起始序号不能大于当前序号',
      });
    }
    if (fromSeq === toSeq) {
      throw new ApiError(
        'INVALID_STATE',
        `序号 ${toSeq} 之后没有新的变更，无需发布增量数据包。如需重发，请发布全量数据包。`,
      );
    }
    const tables = {} as ReferenceHeader['tables'];
    const files: BundleFileInput[] = [];
    for (const name of REFERENCE_TABLE_NAMES) {
      const chunks = await tableChunks(trx, name, fromSeq);
      tables[name] = { rows: chunks.rows, files: chunks.files.map((f) => f.path) };
      files.push(...chunks.files);
    }
    return { fromSeq, toSeq, tables, files };
  });
  const { fromSeq, toSeq, tables } = read;
  const header: ReferenceHeader = {
    kind: REFERENCE_KIND,
    schemaVersion: REFERENCE_SCHEMA_VERSION,
    mode: request.mode,
    fromSeq,
    toSeq,
    createdAt,
    issuer: { code: office.region_code, name: office.office_name },
    tables,
  };
  const zip = await writeBundle({
    manifestBase: {
      office: {
        code: office.region_code,
        name: office.office_name,
        region: office.region_name || office.office_name,
      },
      period: officeDay(ctx.now()).slice(0, 7),
      revision: toSeq,
      createdAt,
    },
    files: [{ path: REFERENCE_HEADER_PATH, bytes: json(header) }, ...read.files],
    privateKeyPem: key.privateKeyPem,
  });
  const counts = {
    products: tables.products.rows,
    prices: tables.prices.rows,
    dealers: tables.dealers.rows,
    shipments: tables.shipments.rows,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('ref_state')
      .set((eb) => ({ published_seq: greatest(trx, eb.ref('published_seq'), toSeq) }))
      .where('id', '=', 1)
      .execute();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'publishReference',
      entity: 'reference',
      entityId: toSeq,
      at: createdAt,
      detail: { mode: request.mode, fromSeq, toSeq, counts, fingerprint: key.fingerprint },
    });
  });
  const fileName = `reference-${request.mode}-${fromSeq}-${toSeq}.zip`;
  return { zip, fileName, mode: request.mode, fromSeq, toSeq, counts };
}
