import type { authMethods } from '../../../../src-shared/contract/auth';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { findUser, findUserByName, toUserSummary } from './user-repo';
import { replacePassword } from './password-store';
import { verifyPassword } from './passwords';
import { createSession, deleteSession } from './sessions';

// Compared against when the user does not exist, so a wrong name costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const authHandlers = {
  'auth.signIn': async (input, ctx) => {
    const wait = ctx.limiter.blockedMinutes(ctx.caller.clientKey, input.username);
    if (wait > 0) {
      throw new ApiError('RATE_LIMITED', `登录失败次数过多,请 ${wait} 分钟后再试,或请区域经理重置密码。`);
    }
    const user = await findUserByName(ctx.db, input.username);
    const valid = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) {
      ctx.limiter.fail(ctx.caller.clientKey, input.username);
      throw new ApiError(
        'UNAUTHENTICATED',
        user && valid && !user.active ? '此账号已停用,请联系区域经理。' : '登录名或密码不正确,请重新输入。',
      );
    }
    ctx.limiter.succeed(ctx.caller.clientKey, input.username);
    const token = await createSession(ctx.db, user.id, ctx.now());
    ctx.caller.setSessionToken(token);
    await writeAudit(ctx.db, {
      actorId: user.id,
      action: 'signIn',
      entity: 'user',
      entityId: user.id,
      at: nowIso(ctx),
    });
    return toUserSummary(user);
  },

  'auth.signOut': async (_input, ctx) => {
    if (ctx.caller.sessionToken) await deleteSession(ctx.db, ctx.caller.sessionToken);
    ctx.caller.setSessionToken(null);
    return {};
  },

  'auth.me': async (_input, ctx) => {
    if (!ctx.user) return null;
    const user = await findUser(ctx.db, ctx.user.id);
    return user ? toUserSummary(user) : null;
  },

  'auth.changePassword': async (input, ctx) => {
    const me = currentUser(ctx);
    const user = await findUser(ctx.db, me.id);
    if (!user || !(await verifyPassword(input.current, user.password_hash))) {
      throw new ApiError('BAD_INPUT', '当前密码不正确。', { current: '当前密码不正确' });
    }
    await replacePassword(ctx.db, {
      userId: me.id,
      actorId: me.id,
      password: input.next,
      at: nowIso(ctx),
      action: 'changePassword',
      endSessions: false,
    });
    return {};
  },
} satisfies Partial<ModuleHandlers<typeof authMethods>>;
