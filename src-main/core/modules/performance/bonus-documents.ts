import type { bonusMethods } from '../../../../src-shared/contract/performance';
import { buildBonusStatement } from '../../../../src-shared/documents/bonus-statement';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { XLSX_MIME } from '../../platform/xlsx-sheet';
import { DOCX_MIME, letterheadOf } from '../documents';
import { requireOffice } from '../office';
import { bonusMonth } from './bonus-month';
import { buildPayrollXlsx } from './payroll-xlsx';
import { loadPerformanceSettings } from './performance-settings';

type Input = { month: string; userId?: number | undefined };

/** The 奖金核算单 models of a month: one rep's, or every rep's; a rep without a statement is refused. */
async function statementModels(ctx: HandlerContext, input: Input) {
  const view = await bonusMonth(ctx, currentUser(ctx), input.month);
  const chosen =
    input.userId === undefined ? view.statements : view.statements.filter((s) => s.userId === input.userId);
  if (chosen.length === 0)
    throw new ApiError(
      'NOT_FOUND',
      input.userId === undefined
        ? `${input.month} 没有需要核算奖金的营销代表。`
        : `${input.month} 没有这位营销代表的奖金核算单。`,
    );
  const letterhead = letterheadOf(await requireOffice(ctx.db));
  const printedAt = formatDateTime(ctx.now().toISOString());
  const { plan } = await loadPerformanceSettings(ctx.db);
  return chosen.map((statement) => ({
    statement,
    model: buildBonusStatement({
      letterhead,
      month: input.month,
      statement,
      // The plan it was computed by; the one in force for a statement approved before plans were kept.
      plan: statement.figures?.plan ?? plan,
      printedAt,
      ...(statement.approved ? { approvedAt: formatDateTime(statement.approved.at) } : {}),
    }),
  }));
}

export const bonusDocumentHandlers = {
  'bonus.statementPreview': async (input, ctx) => (await statementModels(ctx, input))[0]!.model,

  'bonus.statementDocx': async (input, ctx) => {
    const docs = await statementModels(ctx, input);
    const bytes = await ctx.renderer.render(docs.map((d) => d.model));
    const who = input.userId === undefined ? '全体' : docs[0]!.statement.name;
    const fileName = `奖金核算单-${input.month}-${who}.docx`;
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },

  'bonus.payrollXlsx': async (input, ctx) => {
    const view = await bonusMonth(ctx, currentUser(ctx), input.month);
    if (!view.locked)
      throw new ApiError('INVALID_STATE', `${input.month} 的奖金尚未审核,请先审核并锁定,再导出工资表。`);
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'username'])
      .where(
        'id',
        'in',
        view.statements.map((s) => s.userId),
      )
      .execute();
    const names = new Map(users.map((u) => [u.id, u.username]));
    const bytes = await buildPayrollXlsx(
      input.month,
      view.statements.map((s) => ({ ...s, username: names.get(s.userId) ?? '' })),
    );
    const fileName = `奖金发放表-${input.month}.xlsx`;
    const file = ctx.files.add(bytes, fileName, XLSX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies Partial<ModuleHandlers<typeof bonusMethods>>;
