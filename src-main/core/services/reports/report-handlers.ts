import { getForm } from '../../../../src-shared/domain/forms';
import { parseDay, visitFormDue } from '../../../../src-shared/domain/deadlines/f01-deadline';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type Handlers, nowIso } from '../../handler-types';
import { writeAudit } from '../audit';
import { findUser } from '../people/user-repo';
import { assertEditable, assertReadable, canRead } from './report-access';
import { loadReport, recordVersion, reportQuery, toDetail, toSummary } from './report-repo';
import { validateFormData } from './form-validation';
import { dueFor } from './report-due';
import { reviewHandlers } from './review-handlers';

const MAX_DATA_CHARS = 200_000;

function checkPeriod(formCode: 'F01', periodKey: string): void {
  if (formCode === 'F01' && (!parseDay(periodKey) || !visitFormDue(periodKey))) {
    throw new ApiError('BAD_INPUT', '日期无效,请选择一个实际存在的日期。', { periodKey: '日期无效' });
  }
}

export const reportHandlers = {
  'reports.find': async (input, ctx) => {
    const me = currentUser(ctx);
    const authorId = input.authorId ?? me.id;
    const row = await reportQuery(ctx.db)
      .where('form_code', '=', input.formCode)
      .where('author_id', '=', authorId)
      .where('period_key', '=', input.periodKey)
      .executeTakeFirst();
    // "Absent" and "not yours" look the same, so nobody learns whether a colleague has filed.
    if (!row || !canRead(me, row)) return null;
    return toDetail(row);
  },

  'reports.get': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await loadReport(ctx.db, input.id);
    assertReadable(me, row);
    return toDetail(row);
  },

  'reports.list': async (input, ctx) => {
    const me = currentUser(ctx);
    let q = reportQuery(ctx.db).orderBy('reports.period_key', 'desc').orderBy('author.display_name');
    if (input.formCode) q = q.where('form_code', '=', input.formCode);
    if (input.authorId) q = q.where('author_id', '=', input.authorId);
    if (input.status) q = q.where('reports.status', '=', input.status);
    if (input.from) q = q.where('period_key', '>=', input.from);
    if (input.to) q = q.where('period_key', '<=', `${input.to}\uffff`);
    if (me.role === 'rep') q = q.where('author_id', '=', me.id);
    if (me.role === 'clerk') {
      q = q.where((eb) => eb.or([eb('reports.status', '!=', 'draft'), eb('entered_by', '=', me.id)]));
    }
    const rows = await q.limit(input.limit).execute();
    return rows.filter((r) => canRead(me, r)).map(toSummary);
  },

  'reports.saveDraft': async (input, ctx) => {
    const me = currentUser(ctx);
    const form = getForm(input.formCode);
    const authorId = input.authorId ?? me.id;
    if (authorId !== me.id && me.role !== 'clerk') {
      throw new ApiError('FORBIDDEN', '只能填写自己的报表;代录请使用内勤账号。');
    }
    const author = await findUser(ctx.db, authorId);
    if (!author || !author.active)
      throw new ApiError('BAD_INPUT', '填表人不存在或已停用。', { authorId: '填表人无效' });
    if (!form.authors.includes(author.role)) {
      throw new ApiError('FORBIDDEN', `${form.title}应由营销代表或区域经理填写。`);
    }
    checkPeriod(input.formCode, input.periodKey);
    const data = validateFormData(form, input.data, 'draft');
    const json = JSON.stringify(data);
    if (json.length > MAX_DATA_CHARS)
      throw new ApiError('PAYLOAD_TOO_LARGE', '表单内容过长,请精简后再保存。');
    const at = nowIso(ctx);

    const id = await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('reports')
        .selectAll()
        .where('form_code', '=', input.formCode)
        .where('author_id', '=', authorId)
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
            author_id: authorId,
            period_key: input.periodKey,
            status: 'draft',
            data: json,
            version: 1,
            entered_by: me.id,
            due_at: dueFor(input.formCode, input.periodKey),
            submitted_at: null,
            on_time: null,
            reviewer_id: null,
            reviewed_at: null,
            review_comment: null,
            created_at: at,
            updated_at: at,
            created_by: me.id,
            updated_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await writeAudit(trx, { actorId: me.id, action: 'create', entity: 'report', entityId: row.id, at });
        return row.id;
      }
      assertReadable(me, existing);
      assertEditable(me, existing);
      if (input.expectedVersion !== existing.version) {
        throw new ApiError('CONFLICT', '此报表已在别处被修改。请刷新页面载入最新内容后再编辑,以免覆盖。');
      }
      await trx
        .updateTable('reports')
        .set({
          data: json,
          version: existing.version + 1,
          entered_by: me.id,
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', existing.id)
        .execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: 'saveDraft',
        entity: 'report',
        entityId: existing.id,
        at,
      });
      return existing.id;
    });
    return toDetail((await loadReport(ctx.db, id))!);
  },

  'reports.submit': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('reports').selectAll().where('id', '=', input.id).executeTakeFirst();
      assertReadable(me, r);
      assertEditable(me, r);
      if (r.version !== input.expectedVersion) {
        throw new ApiError('CONFLICT', '此报表已在别处被修改。请刷新页面确认内容后再提交。');
      }
      const form = getForm(r.form_code as 'F01');
      const data = validateFormData(form, JSON.parse(r.data), 'submit');
      const due = r.due_at ?? dueFor(r.form_code, r.period_key);
      const onTime = due === null ? null : Date.parse(at) <= Date.parse(due) ? 1 : 0;
      const version = r.version + 1;
      await trx
        .updateTable('reports')
        .set({
          status: 'submitted',
          data: JSON.stringify(data),
          version,
          due_at: due,
          submitted_at: at,
          on_time: onTime,
          review_comment: null,
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', r.id)
        .execute();
      await recordVersion(trx, {
        reportId: r.id,
        version,
        action: 'submit',
        status: 'submitted',
        data: JSON.stringify(data),
        comment: null,
        actorId: me.id,
        at,
      });
      await writeAudit(trx, {
        actorId: me.id,
        action: 'submit',
        entity: 'report',
        entityId: r.id,
        at,
        detail: { onTime: onTime === 1 },
      });
    });
    return toDetail((await loadReport(ctx.db, input.id))!);
  },

  ...reviewHandlers,
} satisfies Pick<
  Handlers,
  | 'reports.find'
  | 'reports.get'
  | 'reports.list'
  | 'reports.saveDraft'
  | 'reports.submit'
  | 'reports.return'
  | 'reports.approve'
  | 'reports.versions'
>;
