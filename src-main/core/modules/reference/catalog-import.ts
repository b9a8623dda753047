import type {
  DealerField,
  DealerImportPreview,
  ProductField,
  ProductImportPreview,
  RefDealer,
  RefProduct,
} from '../../../../src-shared/contract/reference';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type HandlerContext, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { checkDealerRows, checkProductRows, DEALER_SHEET, PRODUCT_SHEET } from './catalog-sheets';
import { sameDealer } from './dealer-repo';
import { sameProduct } from './product-repo';
import { readSheet, type SheetProblem } from './sheet-reader';
import { nextSeq } from './state-repo';

const PREVIEW_ROWS = 50;
const MAX_PROBLEMS = 500;

type Action = 'new' | 'update' | 'same';

/** The preview every reference list shares, from its checked rows and what each would do. */
function previewOf<T>(
  fileName: string,
  read: { headers: string[]; mapping: object | null; rows: unknown[] },
  items: (T & { row: number; action: Action })[],
  problems: SheetProblem[],
) {
  const count = (a: Action) => items.filter((i) => i.action === a).length;
  return {
    fileName,
    headers: read.headers,
    mapping: read.mapping as Record<string, string> | null,
    rowCount: read.rows.length,
    rows: items.slice(0, PREVIEW_ROWS),
    problems: problems.slice(0, MAX_PROBLEMS),
    problemCount: problems.length,
    newCount: count('new'),
    updateCount: count('update'),
    sameCount: count('same'),
    imported: null,
    seq: null,
  };
}

function uploaded(ctx: HandlerContext, uploadId: string) {
  const upload = ctx.uploads.read(uploadId, ctx.caller.sessionToken);
  if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  return upload;
}

export async function readProductUpload(
  ctx: HandlerContext,
  input: { uploadId: string; mapping?: Partial<Record<ProductField, string>> | undefined },
) {
  const upload = uploaded(ctx, input.uploadId);
  const read = await readSheet(PRODUCT_SHEET, upload.bytes, input.mapping);
  const { items, problems } = checkProductRows(read);
  const held = new Map(
    (await ctx.db.selectFrom('ref_products').selectAll().execute()).map((p) => [p.code, p]),
  );
  const rows = items.map((p) => {
    const was = held.get(p.code) ?? null;
    return { ...p, action: (!was ? 'new' : sameProduct(was, p) ? 'same' : 'update') as Action };
  });
  return { rows, preview: previewOf<RefProduct>(upload.fileName, read, rows, problems) };
}

export async function readDealerUpload(
  ctx: HandlerContext,
  input: { uploadId: string; mapping?: Partial<Record<DealerField, string>> | undefined },
) {
  const upload = uploaded(ctx, input.uploadId);
  const read = await readSheet(DEALER_SHEET, upload.bytes, input.mapping);
  const { items, problems } = checkDealerRows(read);
  const held = new Map(
    (await ctx.db.selectFrom('ref_dealers').selectAll().execute()).map((d) => [d.code, d]),
  );
  const rows = items.map((d) => {
    const was = held.get(d.code);
    return { ...d, action: (!was ? 'new' : sameDealer(was, d) ? 'same' : 'update') as Action };
  });
  return { rows, preview: previewOf<RefDealer>(upload.fileName, read, rows, problems) };
}

/**
 * Stores a checked list only when every row is valid: its new and changed rows under one change
 * number, in one transaction, with the import on record.
 */
export async function importCatalog<T extends { code: string; action: Action }>(
  ctx: HandlerContext,
  uploadId: string,
  read: { rows: T[]; preview: ProductImportPreview | DealerImportPreview },
  entity: 'ref_products' | 'ref_dealers',
  write: (trx: Db, item: T, seq: number) => Promise<unknown>,
) {
  const me = currentUser(ctx);
  const { rows, preview } = read;
  if (preview.problemCount > 0 || !preview.mapping)
    throw new ApiError(
      'BAD_INPUT',
      `表中有 ${preview.problemCount} 处问题,未导入任何数据。请改正后重新导入。`,
    );
  const changed = rows.filter((r) => r.action !== 'same');
  const at = nowIso(ctx);
  const seq = await ctx.db.transaction().execute(async (trx) => {
    if (changed.length === 0) return null;
    const seq = await nextSeq(trx, at);
    for (const item of changed) await write(trx, item, seq);
    await writeAudit(trx, {
      actorId: me.id,
      action: 'importFile',
      entity,
      entityId: preview.fileName,
      at,
      detail: { seq, newCount: preview.newCount, updateCount: preview.updateCount },
    });
    return seq;
  });
  ctx.uploads.remove(uploadId);
  return { imported: changed.length, seq };
}
