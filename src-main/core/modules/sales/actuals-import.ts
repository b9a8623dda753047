import type { ActualsPreview } from '../../../../src-shared/contract/sales';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { HandlerContext } from '../../handler-types';
import { readSetting } from '../settings';
import { type ActualsMapping, type ActualsRow, readActualsSheet } from './actuals-sheet';

/** The settings key under which the office's column choice is remembered. */
export const MAPPING_SETTING = 'sales.actualsMapping';

const PREVIEW_ROWS = 200;
const MAX_PROBLEMS = 500;
const MAX_CHANGES = 500;

/** The uploaded sheet, read and checked against the office's reps, with what importing it would change. */
export async function readUpload(
  ctx: HandlerContext,
  input: { uploadId: string; mapping?: Partial<ActualsMapping> },
): Promise<{ preview: ActualsPreview; rows: ActualsRow[]; mapping: ActualsMapping | null }> {
  const upload = ctx.uploads.read(input.uploadId, ctx.caller.sessionToken);
  if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  const people = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name as displayName', 'username'])
    .where('role', '=', 'rep')
    .execute();
  const remembered = (await readSetting<Partial<ActualsMapping>>(ctx.db, MAPPING_SETTING)) ?? undefined;
  const read = await readActualsSheet(upload.bytes, people, input.mapping ?? remembered);
  const months = [...new Set(read.rows.map((r) => r.month))].sort();
  const { removed, changes } = await changesOf(ctx.db, read.rows, months);
  return {
    rows: read.rows,
    mapping: read.mapping,
    preview: {
      fileName: upload.fileName,
      headers: read.headers,
      mapping: read.mapping,
      rowCount: read.rows.length,
      rows: read.rows.slice(0, PREVIEW_ROWS),
      problems: read.problems.slice(0, MAX_PROBLEMS),
      problemCount: read.problems.length,
      months,
      removed,
      changes: changes.slice(0, MAX_CHANGES),
    },
  };
}

/** The imported figures the rows would replace: changed values, and rows of those months that would go. */
async function changesOf(db: Db, rows: readonly ActualsRow[], months: readonly string[]) {
  if (months.length === 0) return { removed: 0, changes: [] };
  const held = await db
    .selectFrom('sales_figures')
    .innerJoin('users', 'users.id', 'sales_figures.user_id')
    .select(['user_id', 'month', 'sales_actual', 'collection_actual', 'users.display_name'])
    .where('source', '=', 'imported')
    .where('month', 'in', [...months])
    .execute();
  const incoming = new Map(rows.map((r) => [`${r.userId}|${r.month}`, r]));
  const changes: ActualsPreview['changes'] = [];
  let removed = 0;
  for (const h of held) {
    const next = incoming.get(`${h.user_id}|${h.month}`);
    if (!next) {
      removed++;
      continue;
    }
    if (h.sales_actual !== next.salesActual)
      changes.push({
        name: next.name,
        month: h.month,
        field: 'salesActual',
        old: h.sales_actual,
        new: next.salesActual,
      });
    if (h.collection_actual !== next.collectionActual)
      changes.push({
        name: next.name,
        month: h.month,
        field: 'collectionActual',
        old: h.collection_actual,
        new: next.collectionActual,
      });
  }
  return { removed, changes };
}
