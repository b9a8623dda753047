import { contract, isMethodName, type MethodName } from '../../src-shared/contract';
import { ApiError, type AppError, fail, ok, type Result } from '../../src-shared/errors';
import type { InstallationMode } from '../../src-shared/contract';
import { issuesToFields } from '../../src-shared/contract/issues';
import type { Caller } from './core-types';
import type { Handlers, HandlerContext, SessionUser } from './handler-types';

/** The answer to an unexpected error: nothing was saved, and the id finds it in the log. */
export function internalFailure(errorId: string | undefined): { ok: false; error: AppError } {
  const ref = errorId ? `(错误编号 ${errorId})` : '';
  const failure = fail(
    'INTERNAL',
    `操作未完成,程序内部出错${ref}。数据未被改动,请重试;如仍出错,请把错误编号告诉管理员,管理员可在数据目录的 logs 文件夹中查到详情。`,
  );
  return errorId ? { ok: false, error: { ...failure.error, ref: errorId } } : failure;
}

/** Methods callable before the setup wizard has created the office. */
const BEFORE_SETUP = new Set<MethodName>(['setup.status', 'setup.initialize', 'auth.me']);

export type DispatchDeps = Omit<HandlerContext, 'user' | 'caller'> & {
  handlers: Handlers;
  /** The signed-in user behind a session token, or null. */
  resolveUser(token: string | null, now: Date): Promise<SessionUser | null>;
  /** The installation's mode once the setup wizard has run, else null. */
  installedMode(): Promise<InstallationMode | null>;
  /** Records an unexpected error (the rotating log) and returns the id the user is shown. */
  onError?: (method: string, err: unknown) => string | undefined;
  /** Set once the office exists; setup cannot be undone, so it is checked only until then. */
  configured?: boolean;
  /** The installation's mode, known once configured. */
  mode?: InstallationMode;
};

/**
 * The one entry point of every transport: find the caller's session (refusing an anonymous
 * caller of a method that needs one), validate the input, check the role, run the handler,
 * validate the output, and return errors as data.
 */
export async function dispatch(
  deps: DispatchDeps,
  methodName: string,
  rawInput: unknown,
  caller: Caller,
): Promise<Result<unknown>> {
  if (typeof methodName !== 'string' || !isMethodName(methodName)) {
    return fail('UNKNOWN_METHOD', `未知的接口:${String(methodName).slice(0, 100)}`);
  }
  const def = contract[methodName];
  try {
    if (!deps.configured && !BEFORE_SETUP.has(methodName)) {
      const mode = await deps.installedMode();
      if (!mode) return fail('SETUP_REQUIRED', '本机尚未完成初始设置,请先完成设置向导。');
      deps.configured = true;
      deps.mode = mode;
    }
    // The session comes before the input: a caller who is not signed in learns nothing of a
    // method's input schema from field messages.
    const user: SessionUser | null = await deps.resolveUser(caller.sessionToken, deps.now());
    if (def.access !== 'public' && !user) {
      return fail('UNAUTHENTICATED', '登录已过期或尚未登录,请重新登录。');
    }
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues);
      return fail('BAD_INPUT', `输入有误:${Object.values(fields)[0] ?? '格式不正确'}`, fields);
    }
    const wanted = 'mode' in def ? def.mode : undefined;
    if (wanted && wanted !== 'any' && deps.mode && wanted !== deps.mode) {
      return fail(
        'FORBIDDEN',
        deps.mode === 'headOffice'
          ? '本机是销售部(总部)安装,不办理区域办事处的报表业务。'
          : '本机是区域办事处安装,此功能只在销售部(总部)使用。',
      );
    }
    if (user && def.access !== 'public' && def.access !== 'signedIn' && !def.access.includes(user.role)) {
      return fail('FORBIDDEN', '您的角色无权执行此操作。');
    }
    const {
      handlers,
      resolveUser: _r,
      installedMode: _m,
      onError: _e,
      configured: _c,
      mode: _o,
      ...shared
    } = deps;
    const ctx: HandlerContext = { ...shared, user, caller };
    const handler = handlers[methodName] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    // Parsing the output strips anything the contract does not name, so no column leaks.
    return ok(def.output.parse(value));
  } catch (err) {
    if (err instanceof ApiError) return fail(err.code, err.message, err.fields);
    const id = deps.onError?.(methodName, err);
    return internalFailure(id);
  }
}
