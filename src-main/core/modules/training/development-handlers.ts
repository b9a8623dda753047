import type { DevelopmentItem, developmentMethods } from '../../../../src-shared/contract/development';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ACTIVE_DEVELOPMENT_STATUSES } from '../../../../src-shared/domain/training/development';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type HandlerContext, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { listItems, loadItem } from './development-repo';

const notFound = () => new ApiError('NOT_FOUND', '找不到此发展计划项,可能已被删除。');

/** The item, refused unless it is still proposed or open. */
async function activeItem(db: Db, id: number): Promise<DevelopmentItem> {
  const item = await loadItem(db, id);
  if (!item) throw notFound();
  if (!(ACTIVE_DEVELOPMENT_STATUSES as readonly string[]).includes(item.status)) {
    throw new ApiError('INVALID_STATE', '此发展计划项已关闭,不能再修改;请刷新。');
  }
  return item;
}

/** The rep an item is for: an active 营销代表 of the office. */
async function assertRep(db: Db, userId: number): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['role', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.role !== 'rep' || !user.active) {
    throw new ApiError('BAD_INPUT', '发展计划只能为在职的营销代表制定,请重新选择人员。', {
      userId: '请选择营销代表',
    });
  }
}

async function audit(ctx: HandlerContext, db: Db, action: string, id: number, at: string) {
  await writeAudit(db, { actorId: currentUser(ctx).id, action, entity: 'developmentItem', entityId: id, at });
}

export const developmentHandlers = {
  'development.items': async (input, ctx) => {
    const me = currentUser(ctx);
    if (me.role === 'rep' && input.userId !== undefined && input.userId !== me.id) {
      throw new ApiError('FORBIDDEN', '只能查看自己的发展计划。');
    }
    const userId = me.role === 'rep' ? me.id : input.userId;
    return listItems(ctx.db, { ...(userId !== undefined ? { userId } : {}), status: input.status ?? [] });
  },

  'development.overview': async (_input, ctx) => {
    const today = officeDay(ctx.now());
    const [reps, items] = await Promise.all([
      ctx.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('role', '=', 'rep')
        .where('active', '=', 1)
        .orderBy('id')
        .execute(),
      listItems(ctx.db, { status: ACTIVE_DEVELOPMENT_STATUSES }),
    ]);
    return reps.map((rep) => {
      const mine = items.filter((i) => i.userId === rep.id);
      return {
        userId: rep.id,
        name: rep.display_name,
        proposed: mine.filter((i) => i.status === 'proposed').length,
        open: mine.filter((i) => i.status === 'open').length,
        overdue: mine.filter((i) => i.status === 'open' && i.dueOn !== null && i.dueOn < today).length,
        items: mine,
      };
    });
  },

  'development.save': async (input, ctx) => {
    const at = nowIso(ctx);
    const id = await ctx.db.transaction().execute(async (trx) => {
      await assertRep(trx, input.userId);
      const fields = {
        skill: input.skill,
        goal: input.goal,
        action: input.action,
        due_on: input.dueOn,
        category: input.category || null,
        updated_at: at,
      };
      if (input.id === undefined) {
        const row = await trx
          .insertInto('development_items')
          .values({
            ...fields,
            user_id: input.userId,
            status: 'open',
            source_report_id: null,
            dimension: null,
            closed_report_id: null,
            closed_by: null,
            closed_at: null,
            close_note: null,
            created_by: currentUser(ctx).id,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(ctx, trx, 'create', row.id, at);
        return row.id;
      }
      const item = await activeItem(trx, input.id);
      if (item.userId !== input.userId) {
        throw new ApiError('BAD_INPUT', '发展计划项不能转给另一位营销代表;请为其新建一项。', {
          userId: '不能更换人员',
        });
      }
      await trx.updateTable('development_items').set(fields).where('id', '=', item.id).execute();
      await audit(ctx, trx, 'update', item.id, at);
      return item.id;
    });
    return (await loadItem(ctx.db, id))!;
  },

  'development.accept': async (input, ctx) => {
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const item = await activeItem(trx, input.id);
      if (item.status !== 'proposed') {
        throw new ApiError('INVALID_STATE', '只有“待确认”的建议项可以确认;此项已在进行中。');
      }
      await trx
        .updateTable('development_items')
        .set({
          status: 'open',
          ...(input.goal !== undefined ? { goal: input.goal } : {}),
          ...(input.action !== undefined ? { action: input.action } : {}),
          ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
          updated_at: at,
        })
        .where('id', '=', item.id)
        .execute();
      await audit(ctx, trx, 'accept', item.id, at);
    });
    return (await loadItem(ctx.db, input.id))!;
  },

  'development.close': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const item = await activeItem(trx, input.id);
      await trx
        .updateTable('development_items')
        .set({
          status: input.outcome,
          closed_by: me.id,
          closed_at: at,
          close_note: input.note,
          updated_at: at,
        })
        .where('id', '=', item.id)
        .execute();
      await audit(ctx, trx, 'close', item.id, at);
    });
    return (await loadItem(ctx.db, input.id))!;
  },
} satisfies ModuleHandlers<typeof developmentMethods>;
