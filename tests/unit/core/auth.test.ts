import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  FakeCaller,
  HOUR,
  MANAGER,
  MINUTE,
  REP_LI,
  REP_WANG,
  call,
  expectError,
  expectOk,
  readRows,
  signIn,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

type Office = Awaited<ReturnType<typeof startOffice>>;

const whoAmI = async (o: Office, caller: FakeCaller) => expectOk(await call(o.core, caller, 'auth.me', {}));
const tryWang = (o: Office, password: string, clientKey = '192.168.1.40') =>
  call(o.core, new FakeCaller(clientKey), 'auth.signIn', { username: REP_WANG.username, password });

describe('auth', () => {
  it('signs in with the right password and hands the session token to the caller', async () => {
    const o = await startOffice();
    const caller = new FakeCaller();
    const user = expectOk(
      await call(o.core, caller, 'auth.signIn', { username: REP_WANG.username, password: REP_WANG.password }),
    );
    expect(user).toEqual({
      id: o.wangId,
      username: 'wangfang',
      displayName: '王芳',
      role: 'rep',
      active: true,
      phone: REP_WANG.phone,
    });
    expect(caller.sessionToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect((await whoAmI(o, caller))?.displayName).toBe('王芳');
  });

  it('refuses a wrong password or an unknown name with the same message and no session', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    const wrong = new FakeCaller();
    const e1 = expectError(
      await call(o.core, wrong, 'auth.signIn', { username: 'wangfang', password: 'wangfang-2025' }),
      'UNAUTHENTICATED',
    );
    const e2 = expectError(
      await call(o.core, wrong, 'auth.signIn', { username: 'wangfan', password: REP_WANG.password }),
      'UNAUTHENTICATED',
    );
    expect(e1.message).toBe('登录名或密码不正确,请重新输入。');
    expect(e2.message).toBe(e1.message);
    expect(wrong.sessionToken).toBeNull();
    // Nothing changes but the two failures the manager's list shows (auth/sign-in-failures.test.ts).
    const { audit_log: _a, sqlite_sequence: _s, ...restBefore } = before;
    const { audit_log: _b, sqlite_sequence: _t, ...restAfter } = tableChecksums(o.dataDir);
    expect(restAfter).toEqual(restBefore);
    expect(
      readRows(o.dbFile, "select action, actor_id from audit_log where action = 'signInFailed'"),
    ).toEqual([
      { action: 'signInFailed', actor_id: null },
      { action: 'signInFailed', actor_id: null },
    ]);
  });

  it('refuses a deactivated user and ends the sessions they had', async () => {
    const o = await startOffice();
    expectOk(
      await call(o.core, o.manager, 'people.update', {
        id: o.wangId,
        displayName: '王芳',
        role: 'rep',
        phone: REP_WANG.phone,
        active: false,
      }),
    );
    expectError(await call(o.core, o.wang, 'reports.list', {}), 'UNAUTHENTICATED');
    const error = expectError(await tryWang(o, REP_WANG.password), 'UNAUTHENTICATED');
    expect(error.message).toContain('停用');
    expect(readRows(o.dbFile, 'select * from sessions where user_id = ?', o.wangId)).toEqual([]);
  });

  it('makes a failing PC wait longer after each failure, and never locks the account for other PCs', async () => {
    const o = await startOffice();
    for (let i = 0; i < 4; i++) expectError(await tryWang(o, `guess-${i}-2026`), 'UNAUTHENTICATED');
    o.clock.advance(10_000);
    const blocked = expectError(await tryWang(o, REP_WANG.password), 'RATE_LIMITED');
    expect(blocked.message).toContain('请 20 秒后再试');
    // The limit is per client: the rep at another office PC is not locked out by a guesser.
    expectOk(await tryWang(o, REP_WANG.password, '192.168.1.41'));
    expectOk(
      await call(o.core, new FakeCaller('192.168.1.40'), 'auth.signIn', {
        username: REP_LI.username,
        password: REP_LI.password,
      }),
    );

    o.clock.advance(20_000);
    expectError(await tryWang(o, 'guess-5-2026'), 'UNAUTHENTICATED');
    o.clock.advance(59_000);
    expectError(await tryWang(o, REP_WANG.password), 'RATE_LIMITED');
    o.clock.advance(1_000);
    expectOk(await tryWang(o, REP_WANG.password));
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const o = await startOffice();
    for (let i = 0; i < 3; i++) expectError(await tryWang(o, `guess-${i}-2026`), 'UNAUTHENTICATED');
    expectOk(await tryWang(o, REP_WANG.password));
    for (let i = 0; i < 3; i++) expectError(await tryWang(o, `again-${i}-2026`), 'UNAUTHENTICATED');
    expectOk(await tryWang(o, REP_WANG.password));
  });

  it('ends the session on sign-out, also for a copy of the token', async () => {
    const o = await startOffice();
    const copy = new FakeCaller('10.0.0.66');
    copy.setSessionToken(o.wang.sessionToken);
    expect((await whoAmI(o, copy))?.username).toBe('wangfang');

    expectOk(await call(o.core, o.wang, 'auth.signOut', {}));
    expect(o.wang.sessionToken).toBeNull();
    expect(await whoAmI(o, copy)).toBeNull();
    expectError(await call(o.core, copy, 'reports.list', {}), 'UNAUTHENTICATED');
    // Others stay signed in.
    expect((await whoAmI(o, o.li))?.username).toBe('lijun');
  });

  it('stores passwords as salted scrypt hashes and sessions as token hashes', async () => {
    const o = await startOffice();
    expectOk(
      await call(o.core, o.manager, 'people.create', {
        username: 'zhaolei',
        displayName: '赵磊',
        role: 'rep',
        password: REP_WANG.password,
        phone: '',
      }),
    );
    const users = readRows(o.dbFile, 'select username, password_hash from users order by id');
    for (const u of users) {
      expect(u.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    }
    const hashOf = (name: string) => users.find((u) => u.username === name)?.password_hash as string;
    expect(hashOf('wangfang')).not.toContain(REP_WANG.password);
    expect(hashOf('zhaolei')).not.toBe(hashOf('wangfang'));

    const sessions = readRows(o.dbFile, 'select token_hash from sessions where user_id = ?', o.wangId);
    const token = o.wang.sessionToken!;
    expect(sessions).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const signedIn = expectOk(await call(o.core, o.manager, 'people.list', {}));
    expect(JSON.stringify(signedIn)).not.toContain('scrypt');
  });

  it('ends every session of a user whose password the manager resets', async () => {
    const o = await startOffice();
    const wangAtHome = await signIn(o.core, REP_WANG.username, REP_WANG.password, '10.8.0.5');
    expectOk(
      await call(o.core, o.manager, 'people.resetPassword', { id: o.wangId, password: 'Wf-new-pass-11' }),
    );

    for (const caller of [o.wang, wangAtHome]) {
      expectError(await call(o.core, caller, 'reports.list', {}), 'UNAUTHENTICATED');
    }
    expectError(await tryWang(o, REP_WANG.password), 'UNAUTHENTICATED');
    expectOk(await tryWang(o, 'Wf-new-pass-11'));
    expect((await whoAmI(o, o.li))?.username).toBe('lijun');
    expect((await whoAmI(o, o.manager))?.username).toBe(MANAGER.username);
  });

  it('expires a session after 12 hours without a request, and not before', async () => {
    const o = await startOffice();
    o.clock.advance(11 * HOUR);
    expect((await whoAmI(o, o.wang))?.username).toBe('wangfang');
    // The request above restarted the idle timer.
    o.clock.advance(11 * HOUR);
    expect((await whoAmI(o, o.wang))?.username).toBe('wangfang');
    o.clock.advance(12 * HOUR + MINUTE);
    expect(await whoAmI(o, o.wang)).toBeNull();
    expectError(await call(o.core, o.wang, 'reports.list', {}), 'UNAUTHENTICATED');
    expect(readRows(o.dbFile, 'select * from sessions where user_id = ?', o.wangId)).toEqual([]);
    await signIn(o.core, REP_WANG.username, REP_WANG.password);
  });

  it('changes a password only when the current one is given', async () => {
    const o = await startOffice();
    const wrong = expectError(
      await call(o.core, o.wang, 'auth.changePassword', { current: 'not-my-pass', next: 'Wf-2027-spring' }),
      'BAD_INPUT',
    );
    expect(wrong.fields).toEqual({ current: '当前密码不正确' });
    expectOk(
      await call(o.core, o.wang, 'auth.changePassword', {
        current: REP_WANG.password,
        next: 'Wf-2027-spring',
      }),
    );
    expectError(await tryWang(o, REP_WANG.password), 'UNAUTHENTICATED');
    expectOk(await tryWang(o, 'Wf-2027-spring'));
  });
});
