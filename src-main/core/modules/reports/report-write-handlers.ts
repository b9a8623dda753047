import type { reportMethods } from '../../../../src-shared/contract/reports';
import type { Transaction } from 'kysely';
import type { FormCode } from '../../../../src-shared/domain/forms';
import { decisionFields, getForm } from '../../../../src-shared/domain/forms';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import {
  currentUser,
  type HandlerContext,
  type ModuleHandlers,
  nowIso,
  type SessionUser,
} from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { writeDerivedRows } from './derived-rows';
import { findUser } from '../auth';
import { loadDeadlines } from '../settings';
import { validateFormData } from './form-validation';
import { assertEditable, assertReadable } from './report-access';
import { dueFor, eventInstant, periodRange, reviewDueFor } from './report-period';
import { headline, loadReport, recordVersion, type ReportRow, toDetail } from './report-repo';

const MAX_DATA_CHARS = 200_000;

/** The person a report is written for, checked against who is writing and the form's authors. */
export async function resolveAuthor(
  ctx: HandlerContext,
  me: SessionUser,
  formCode: FormCode,
  authorId?: number,
) {
  const form = getForm(formCode);
  const id = authorId ?? me.id;
  if (id !== me.id && me.role !== 'clerk') {
    throw new ApiError('FORBIDDEN', '只能填写自己的报表;代录请使用内勤账号。');
  }
  const author = await findUser(ctx.db, id);
  if (!author || !author.active)
    throw new ApiError('BAD_INPUT', '填表人不存在或已停用。', { authorId: '填表人无效' });
  if (!form.authors.includes(author.role)) {
    const who = form.authors
      .map((r) => (r === 'rep' ? '营销代表' : r === 'manager' ? '区域经理' : '内勤'))
      .join('或');
    throw new ApiError('FORBIDDEN', `${form.title}应由${who}填写。`);
  }
  return author;
}

/** Submits one report inside a transaction: full validation, due moment, on-time flag, version. */
export async function submitInTransaction(
  trx: Transaction<DB>,
  ctx: HandlerContext,
  me: SessionUser,
  id: number,
  expectedVersion: number | null,
): Promise<void> {
  const r = await trx.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  assertReadable(me, r);
  assertEditable(me, r);
  if (expectedVersion !== null && r.version !== expectedVersion) {
    throw new ApiError('CONFLICT', '此报表已在别处被修改。请刷新页面确认内容后再提交。');
  }
  const form = getForm(r.form_code);
  const data = validateFormData(form, JSON.parse(r.data), 'submit');
  const author = await trx
    .selectFrom('users')
    .select('role')
    .where('id', '=', r.author_id)
    .executeTakeFirstOrThrow();
  const settings = await loadDeadlines(trx);
  const now = ctx.now();
  const at = now.toISOString();
  const due = dueFor(r.form_code, r.period_key, author.role, data, settings);
  const onTime = due === null ? null : Date.parse(at) <= Date.parse(due) ? 1 : 0;
  const version = r.version + 1;
  const json = JSON.stringify(data);
  await trx
    .updateTable('reports')
    .set({
      status: 'submitted',
      data: json,
      headline: headline(r.form_code, data),
      version,
      due_at: due,
      event_at: eventInstant(r.form_code, data)?.toISOString() ?? null,
      submitted_at: at,
      on_time: onTime,
      review_due_at: reviewDueFor(r.form_code, author.role, now, settings),
      review_comment: null,
      updated_at: at,
      updated_by: me.id,
    })
    .where('id', '=', r.id)
    .execute();
  await recordVersion(trx, {
    reportId: r.id,
    action: 'submit',
    status: 'submitted',
    data: json,
    comment: null,
    actorId: me.id,
    at,
    auditDetail: { onTime: onTime === 1 },
  });
  await writeDerivedRows(
    trx,
    { id: r.id, formCode: r.form_code, authorId: r.author_id, periodKey: r.period_key, day: periodDay(r) },
    data,
    { submitted: true, at, actorId: me.id },
  );
}

/** The office day a report's contacts are recorded on: the first day of its period. */
function periodDay(r: { period_start: string | null; period_key: string }): string {
  return r.period_start ?? r.period_key.slice(0, 10);
}

export const reportWriteHandlers = {
  'reports.saveDraft': async (input, ctx) => {
    const me = currentUser(ctx);
    const form = getForm(input.formCode);
    const author = await resolveAuthor(ctx, me, input.formCode, input.authorId);
    const range = periodRange(input.formCode, input.periodKey);
    const data = validateFormData(form, input.data, 'draft');
    // Decision fields belong to the manager (reports.decide); an author's save never sets them.
    for (const f of decisionFields(form)) delete data[f.key];
    let json = JSON.stringify(data);
    if (json.length > MAX_DATA_CHARS)
      throw new ApiError('PAYLOAD_TOO_LARGE', '表单内容过长,请精简后再保存。');
    const settings = await loadDeadlines(ctx.db);
    const due = dueFor(input.formCode, input.periodKey, author.role, data, settings);
    const eventAt = eventInstant(input.formCode, data)?.toISOString() ?? null;
    const at = nowIso(ctx);
    const derived = {
      formCode: input.formCode,
      authorId: author.id,
      periodKey: input.periodKey,
      day: range.first,
    };

    const saved = await ctx.db.transaction().execute(async (trx): Promise<number | ReportRow> => {
      const existing = await trx
        .selectFrom('reports')
        .selectAll()
        .where('form_code', '=', input.formCode)
        .where('author_id', '=', author.id)
        .where('period_key', '=', input.periodKey)
        .executeTakeFirst();
      if (!existing) {
        if (input.expectedVersion !== null) {
          throw new ApiError('CONFLICT', '此报表已不存在,请刷新后重新填写。');
        }
        const row = await trx
          .insertInto('reports')
          .values({
            form_code: input.formCode,
            author_id: author.id,
            period_key: input.periodKey,
            period_start: range.first,
            period_end: range.last,
            status: 'draft',
            data: json,
            headline: headline(input.formCode, data),
            prefilled: JSON.stringify(input.prefilled ?? {}),
            version: 1,
            entered_by: me.id,
            due_at: due,
            event_at: eventAt,
            created_at: at,
            updated_at: at,
            created_by: me.id,
            updated_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await writeAudit(trx, { actorId: me.id, action: 'create', entity: 'report', entityId: row.id, at });
        await writeDerivedRows(trx, { ...derived, id: row.id }, data, {
          submitted: false,
          at,
          actorId: me.id,
        });
        return row.id;
      }
      assertReadable(me, existing);
      assertEditable(me, existing);
      if (input.expectedVersion !== existing.version) {
        throw new ApiError('CONFLICT', '此报表已在别处被修改。请刷新页面载入最新内容后再编辑,以免覆盖。');
      }
      const stored = JSON.parse(existing.data) as Record<string, unknown>;
      const kept = Object.fromEntries(
        decisionFields(form)
          .filter((f) => f.key in stored)
          .map((f) => [f.key, stored[f.key]]),
      );
      if (Object.keys(kept).length) json = JSON.stringify({ ...data, ...kept });
      const changes = {
        data: json,
        headline: headline(input.formCode, data),
        version: existing.version + 1,
        entered_by: me.id,
        // An event's deadline moves with its recorded time until it is submitted.
        due_at: due,
        event_at: eventAt,
        updated_at: at,
        updated_by: me.id,
      };
      await trx.updateTable('reports').set(changes).where('id', '=', existing.id).execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: 'saveDraft',
        entity: 'report',
        entityId: existing.id,
        at,
      });
      await writeDerivedRows(trx, { ...derived, id: existing.id }, data, {
        submitted: false,
        at,
        actorId: me.id,
      });
      // The report as now stored, from what was just written: an autosave does not read back the
      // content it sent. Only the reviewer's name, when there is one, is looked up.
      const reviewer = existing.reviewer_id === null ? undefined : await findUser(trx, existing.reviewer_id);
      const row: ReportRow = {
        ...existing,
        ...changes,
        author_name: author.display_name,
        enterer_name: me.displayName,
        reviewer_name: reviewer?.display_name ?? null,
      };
      return row;
    });
    // A first save reads its new row back once; every later save has it already.
    return toDetail(typeof saved === 'number' ? (await loadReport(ctx.db, saved))! : saved);
  },

  'reports.submit': async (input, ctx) => {
    const me = currentUser(ctx);
    await ctx.db
      .transaction()
      .execute((trx) => submitInTransaction(trx, ctx, me, input.id, input.expectedVersion));
    return toDetail((await loadReport(ctx.db, input.id))!);
  },
} satisfies Partial<ModuleHandlers<typeof reportMethods>>;
