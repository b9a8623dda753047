import type { z } from 'zod';
import { channelMethods } from '../../../../src-shared/contract/channel';
import type {
  channelFlowImportMethods,
  FlowImportPreview,
  flowImportInput,
} from '../../../../src-shared/contract/channel-flow-import';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { requireOffice } from '../office';
import { flowHandlers } from './flow-handlers';
import { flowMonthWorkbook } from './flow-import-workbook';
import { readSheet, type SheetProblem } from '../reference';
import { FLOW_SHEET, sheetLines } from './flow-import-rows';

type ImportInput = z.output<typeof flowImportInput>;
type SaveFlowInput = z.output<(typeof channelMethods)['channel.saveFlow']['input']>;

const PREVIEW_ROWS = 50;
const MAX_PROBLEMS = 500;

const bad = (field: string, message: string) => new ApiError('BAD_INPUT', message, { [field]: message });

/** The form's own facts, as channel.saveFlow judges them: the dealer of this region, a possible 收到日期. */
async function checkForm(ctx: HandlerContext, input: ImportInput): Promise<void> {
  const office = await requireOffice(ctx.db);
  const dealer = await ctx.db
    .selectFrom('ref_dealers')
    .select('region_code')
    .where('code', '=', input.dealerCode)
    .executeTakeFirst();
  if (!dealer || dealer.region_code !== office.region_code)
    throw bad('dealerCode', `经销商“${input.dealerCode}”不是本区域的经销商,请核对经销商编码。`);
  if (input.submittedOn > officeDay(ctx.now())) throw bad('submittedOn', '收到日期不能晚于今天。');
  if (input.submittedOn < `${input.month}-01`) throw bad('submittedOn', '收到日期不能早于流向单所属月份。');
}

/**
 * The uploaded sheet read into F10 lines and held to channel.saveFlow's rules row by row (its
 * input schema, and every sale inside the month), so a sheet that previews clean saves clean.
 */
async function readFlowUpload(
  ctx: HandlerContext,
  input: ImportInput,
): Promise<{ preview: FlowImportPreview; save: SaveFlowInput | null }> {
  await checkForm(ctx, input);
  const upload = ctx.uploads.read(input.uploadId, ctx.caller.sessionToken);
  if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  const read = await readSheet(FLOW_SHEET, upload.bytes, input.mapping);
  const { lines, problems } = sheetLines(read);
  const rowOf = (i: unknown) => (typeof i === 'number' ? (lines[i]?.row ?? null) : null);
  const say = (row: number | null, message: string) =>
    problems.push({ row, message: row === null ? message : `第 ${row} 行:${message}` });

  let save: SaveFlowInput | null = null;
  if (lines.length > 0) {
    const parsed = channelMethods['channel.saveFlow'].input.safeParse({
      dealerCode: input.dealerCode,
      month: input.month,
      submittedOn: input.submittedOn,
      note: input.note,
      lines: lines.map(({ row: _row, ...l }) => l),
    });
    if (parsed.success) save = parsed.data;
    else
      for (const issue of parsed.error.issues)
        say(issue.path[0] === 'lines' ? rowOf(issue.path[1]) : null, `${issue.message}。`);
    lines.forEach((l) => {
      if (!l.saleDate.startsWith(input.month))
        say(l.row, `销售日期 ${l.saleDate} 不在 ${input.month} 内,请核对月份或日期。`);
    });
  }
  const sorted: SheetProblem[] = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const replaces = await ctx.db
    .selectFrom('channel_flows')
    .select('id')
    .where('dealer_code', '=', input.dealerCode)
    .where('month', '=', input.month)
    .executeTakeFirst();
  return {
    save: sorted.length === 0 && read.mapping ? save : null,
    preview: {
      fileName: upload.fileName,
      headers: read.headers,
      mapping: read.mapping as Record<string, string> | null,
      rowCount: read.rows.length,
      rows: lines.slice(0, PREVIEW_ROWS),
      problems: sorted.slice(0, MAX_PROBLEMS),
      problemCount: sorted.length,
      replaces: replaces !== undefined,
    },
  };
}

export const flowImportHandlers = {
  'channel.previewFlowImport': async (input, ctx) => {
    currentUser(ctx);
    return (await readFlowUpload(ctx, input)).preview;
  },

  'channel.importFlow': async (input, ctx) => {
    currentUser(ctx);
    const { preview, save } = await readFlowUpload(ctx, input);
    if (!save)
      throw new ApiError(
        'BAD_INPUT',
        `表中有 ${preview.problemCount} 处问题,未导入任何流向。请改正后重新导入。`,
      );
    // Stored exactly as an F10 typed on screen: the same handler, its checks and its transaction.
    const flow = await flowHandlers['channel.saveFlow'](save, ctx);
    ctx.uploads.remove(input.uploadId);
    return flow;
  },

  'channel.flowMonthXlsx': async (input, ctx) => flowMonthWorkbook(ctx, input.month),
} satisfies ModuleHandlers<typeof channelFlowImportMethods>;
