import type { trainingMethods } from '../../../../src-shared/contract/training';
import { parsePeriod } from '../../../../src-shared/domain/periods';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { attachmentDownload, attachUpload } from '../attachments';
import { writeSetting } from '../settings';
import { enterAttendance } from './attendance-entry';
import { listSessions, maySeeSession, requireSession, sessionDetail } from './session-repo';
import { saveSession } from './session-save';
import { trainingFigures } from './training-figures';
import { loadTrainingSettings, TRAINING_SETTING } from './training-settings';

/** Training materials (slides, handouts) up to this size; the attachments module checks the content. */
const MATERIAL_MAX_MB = 50;

export const trainingHandlers = {
  'training.settings': async (_input, ctx) => {
    currentUser(ctx);
    return loadTrainingSettings(ctx.db);
  },

  'training.updateSettings': async (input, ctx) => {
    const me = currentUser(ctx);
    await ctx.db
      .transaction()
      .execute((trx) =>
        writeSetting(trx, { key: TRAINING_SETTING, value: input, actorId: me.id, at: nowIso(ctx) }),
      );
    return loadTrainingSettings(ctx.db);
  },

  'training.sessions': async (input, ctx) => {
    const me = currentUser(ctx);
    return listSessions(ctx.db, { ...input, ...(me.role === 'rep' ? { attendeeId: me.id } : {}) });
  },

  'training.session': async (input, ctx) => sessionDetail(ctx.db, input.id, currentUser(ctx)),

  'training.save': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    const id = await ctx.db
      .transaction()
      .execute((trx) => saveSession(trx, { id: input.id, fields: input.fields, actorId: me.id, at }));
    return sessionDetail(ctx.db, id, me);
  },

  'training.cancel': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const row = await requireSession(trx, input.id);
      if (row.status !== 'scheduled') {
        throw new ApiError(
          'INVALID_STATE',
          row.status === 'held' ? '这次培训已举行并录入出勤,不能取消。' : '这次培训已经取消。',
        );
      }
      // The reason stays with the session where the list and the paper show it.
      const notes = `${row.notes ? `${row.notes}\n` : ''}取消原因:${input.reason}`;
      await trx
        .updateTable('training_sessions')
        .set({ status: 'cancelled', notes, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: 'cancel',
        entity: 'training_sessions',
        entityId: row.id,
        at,
        detail: { reason: input.reason },
      });
    });
    return sessionDetail(ctx.db, input.id, me);
  },

  'training.attach': async (input, ctx) => {
    const me = currentUser(ctx);
    const row = await requireSession(ctx.db, input.id);
    if (row.status === 'cancelled') throw new ApiError('INVALID_STATE', '这次培训已取消,不能再上传资料。');
    return attachUpload(
      ctx,
      { uploadId: input.uploadId, maxMb: MATERIAL_MAX_MB, actorId: me.id, at: nowIso(ctx) },
      async (trx, file) => {
        await trx
          .insertInto('training_materials')
          .values({ session_id: row.id, attachment_id: file.id })
          .execute();
      },
    );
  },

  'training.material': async (input, ctx) => {
    const me = currentUser(ctx);
    return attachmentDownload(
      ctx,
      input.attachmentId,
      async () => {
        const sessions = await ctx.db
          .selectFrom('training_materials')
          .select('session_id')
          .where('attachment_id', '=', input.attachmentId)
          .execute();
        for (const s of sessions) if (await maySeeSession(ctx.db, me, s.session_id)) return true;
        return false;
      },
      '找不到这份培训资料,可能不属于您参加的培训。',
    );
  },

  'training.attendance': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute((trx) =>
      enterAttendance(trx, {
        sessionId: input.id,
        entries: input.entries,
        today: officeDay(ctx.now()),
        actorId: me.id,
        at,
      }),
    );
    return sessionDetail(ctx.db, input.id, me);
  },

  'training.figures': async (input, ctx) => {
    const me = currentUser(ctx);
    const range = parsePeriod('quarter', input.quarter);
    if (!range) throw new ApiError('BAD_INPUT', '季度格式应为 2026-Q4。', { quarter: '季度无效' });
    if (me.role === 'rep' && input.userId !== undefined && input.userId !== me.id) {
      throw new ApiError('FORBIDDEN', '营销代表只能查看本人的培训统计。');
    }
    const userId = me.role === 'rep' ? me.id : input.userId;
    const figures = await trainingFigures(ctx.db, {
      from: range.first,
      to: range.last,
      ...(userId !== undefined ? { userId } : {}),
    });
    return { quarter: input.quarter, from: range.first, to: range.last, ...figures };
  },
} satisfies ModuleHandlers<typeof trainingMethods>;
