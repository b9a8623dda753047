import type { peopleMethods } from '../../../../src-shared/contract/people';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import {
  createAccount,
  deleteUserSessions,
  findUser,
  findUserByName,
  hashPassword,
  replacePassword,
  toUserSummary,
} from '../auth';
import { assign, followAccount, officeRegion } from '../regions';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';

export const peopleHandlers = {
  'people.list': async (_input, ctx) => {
    const me = currentUser(ctx);
    let q = ctx.db.selectFrom('users').selectAll().orderBy('role').orderBy('display_name');
    // A rep needs only their own entry; the office's list of people is for managers and clerks.
    if (me.role === 'rep') q = q.where('id', '=', me.id);
    return (await q.execute()).map(toUserSummary);
  },

  'people.create': async (input, ctx) => {
    const me = currentUser(ctx);
    if (await findUserByName(ctx.db, input.username)) {
      throw new ApiError('CONFLICT', `登录名“${input.username}”已被使用,请换一个。`, {
        username: '登录名已被使用',
      });
    }
    const today = officeDay(ctx.now());
    const joinedOn = input.joinedOn ?? today;
    if (joinedOn > addDays(today, 31)) {
      throw new ApiError('BAD_INPUT', '到岗日期最多可设在今天之后 31 天', {
        joinedOn: '到岗日期最多可设在今天之后 31 天',
      });
    }
    const hash = await hashPassword(input.password);
    const at = nowIso(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      const user = await createAccount(
        trx,
        {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash: hash,
          phone: input.phone,
        },
        me.id,
        at,
      );
      // A new person belongs to the office's region from the day they joined; reports are due from then.
      const region = await officeRegion(trx);
      if (region) {
        await assign(trx, {
          regionId: region.id,
          userId: user.id,
          role: user.role,
          fromDay: joinedOn,
          actorId: me.id,
          at,
        });
      }
      return user;
    });
  },

  'people.update': async (input, ctx) => {
    const me = currentUser(ctx);
    const existing = await findUser(ctx.db, input.id);
    if (!existing) throw new ApiError('NOT_FOUND', '找不到此人员,可能已被删除。');
    if (existing.id === me.id && (input.role !== 'manager' || !input.active)) {
      throw new ApiError('INVALID_STATE', '不能停用自己或取消自己的区域经理角色。');
    }
    const at = nowIso(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      const user = await trx
        .updateTable('users')
        .set({
          display_name: input.displayName,
          role: input.role,
          phone: input.phone,
          active: input.active ? 1 : 0,
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (!input.active) await deleteUserSessions(trx, input.id);
      const region = await officeRegion(trx);
      if (region) {
        await followAccount(trx, {
          userId: input.id,
          role: input.role,
          active: input.active,
          day: officeDay(ctx.now()),
          regionId: region.id,
          actorId: me.id,
          at,
        });
      }
      await writeAudit(trx, {
        actorId: me.id,
        action: 'update',
        entity: 'user',
        entityId: input.id,
        at,
        detail: input,
      });
      return toUserSummary(user);
    });
  },

  'people.resetPassword': async (input, ctx) => {
    const me = currentUser(ctx);
    if (!(await findUser(ctx.db, input.id))) throw new ApiError('NOT_FOUND', '找不到此人员。');
    await replacePassword(ctx.db, {
      userId: input.id,
      actorId: me.id,
      password: input.password,
      at: nowIso(ctx),
      action: 'resetPassword',
      endSessions: true,
    });
    return {};
  },
} satisfies Partial<ModuleHandlers<typeof peopleMethods>>;
