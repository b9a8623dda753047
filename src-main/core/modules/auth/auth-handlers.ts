import type { authMethods } from '../../../../src-shared/contract/auth';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { formatWait } from '../../platform/rate-limit';
import { findUser, findUserByName, toUserSummary } from './user-repo';
import { replacePassword } from './password-store';
import { verifyPassword } from './passwords';
import { createSession, deleteSession } from './sessions';
import { FAILURE_RETENTION_DAYS, listFailedSignIns, recordFailedSignIn } from './sign-in-failures';

// Compared against when the user does not exist, so a wrong name costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const authHandlers = {
  'auth.signIn': async (input, ctx) => {
    const client = ctx.caller.clientKey;
    const wait = ctx.limiter.begin(client, input.username);
    if (wait > 0) {
      throw new ApiError(
        'RATE_LIMITED',
        `此电脑登录失败次数过多,请 ${formatWait(wait)}后再试;忘记密码请联系区域经理重置。`,
      );
    }
    const user = await findUserByName(ctx.db, input.username);
    const valid = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) {
      await recordFailedSignIn(ctx.db, {
        username: input.username,
        clientKey: client,
        userId: user?.id ?? null,
        now: ctx.now(),
      });
      if (user && valid && !user.active) {
        throw new ApiError('UNAUTHENTICATED', '此账号已停用,请联系区域经理。');
      }
      const next = ctx.limiter.retryAfterMs(client, input.username);
      throw new ApiError(
        'UNAUTHENTICATED',
        next > 0
          ? `登录名或密码不正确。失败次数过多,请 ${formatWait(next)}后再试;忘记密码请联系区域经理重置。`
          : '登录名或密码不正确,请重新输入。',
      );
    }
    ctx.limiter.succeed(client, input.username);
    const token = await createSession(ctx.db, user.id, ctx.now());
    ctx.caller.setSessionToken(token);
    await writeAudit(ctx.db, {
      actorId: user.id,
      action: 'signIn',
      entity: 'user',
      entityId: user.id,
      at: nowIso(ctx),
      // Where from: the PC's address over HTTP (the LAN), a window of the desktop app over IPC.
      detail: { client },
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

  'auth.failedSignIns': async (_input, ctx) => ({
    retentionDays: FAILURE_RETENTION_DAYS,
    groups: await listFailedSignIns(ctx.db, ctx.now()),
  }),
} satisfies Partial<ModuleHandlers<typeof authMethods>>;
