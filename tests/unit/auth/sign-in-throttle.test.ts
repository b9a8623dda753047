import { describe, expect, it } from 'vitest';
import {
  FakeCaller,
  MANAGER,
  MINUTE,
  REP_LI,
  REP_WANG,
  call,
  expectError,
  expectOk,
  startOffice,
} from '../../helpers/core-harness';

type Office = Awaited<ReturnType<typeof startOffice>>;

const ATTACKER = '192.168.1.66';
const MANAGER_PC = '192.168.1.10';

const signInAs = (o: Office, client: string, username: string, password: string) =>
  call(o.core, new FakeCaller(client), 'auth.signIn', { username, password });

describe('sign-in throttling', () => {
  it('makes the guessing PC wait longer each time, while the manager signs in from his own PC', async () => {
    const o = await startOffice();
    const guess = (i: number) => signInAs(o, ATTACKER, MANAGER.username, `guess-${i}-2026`);
    for (let i = 0; i < 3; i++) {
      expect(expectError(await guess(i), 'UNAUTHENTICATED').message).toBe('登录名或密码不正确,请重新输入。');
    }
    // The failure that starts a wait says so at once.
    expect(expectError(await guess(3), 'UNAUTHENTICATED').message).toBe(
      '登录名或密码不正确。失败次数过多,请 30 秒后再试;忘记密码请联系区域经理重置。',
    );

    const waits: string[] = [];
    for (let i = 4; i < 9; i++) {
      const refused = expectError(await guess(i), 'RATE_LIMITED');
      waits.push(/请 (\d+ (?:秒|分钟))后再试/.exec(refused.message)![1]!);
      expect(refused.message).toContain('忘记密码请联系区域经理重置');
      // The right password from the manager's PC works at every moment of the attack.
      expectOk(await signInAs(o, MANAGER_PC, MANAGER.username, MANAGER.password));
      // The guesser waits out the delay and fails again.
      o.clock.advance(waits.length === 1 ? 30_000 : 2 ** (waits.length - 2) * MINUTE);
      expectError(await guess(i), 'UNAUTHENTICATED');
    }
    expect(waits).toEqual(['30 秒', '1 分钟', '2 分钟', '4 分钟', '8 分钟']);
    // Even the right password waits on the PC that has been guessing.
    expect(
      expectError(await signInAs(o, ATTACKER, MANAGER.username, MANAGER.password), 'RATE_LIMITED').message,
    ).toBe('此电脑登录失败次数过多,请 16 分钟后再试;忘记密码请联系区域经理重置。');
    o.clock.advance(16 * MINUTE);
    expectOk(await signInAs(o, ATTACKER, MANAGER.username, MANAGER.password));
  });

  it('throttles one PC spraying 30 login names, and leaves other PCs alone', async () => {
    const o = await startOffice();
    const names = [
      REP_WANG.username,
      REP_LI.username,
      ...Array.from({ length: 28 }, (_, i) => `user${String(i).padStart(2, '0')}`),
    ];
    const codes: string[] = [];
    for (const name of names) {
      const result = await signInAs(o, ATTACKER, name, 'Summer2026!');
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(11);
    expect(codes.slice(11)).toEqual(Array(19).fill('RATE_LIMITED'));
    // Another PC signs in as usual, for an account the sprayer tried as for one it did not.
    expectOk(await signInAs(o, MANAGER_PC, REP_WANG.username, REP_WANG.password));
    expectOk(await signInAs(o, MANAGER_PC, MANAGER.username, MANAGER.password));

    o.clock.advance(30_000);
    expectError(await signInAs(o, ATTACKER, 'user20', 'Summer2026!'), 'UNAUTHENTICATED');
    const next = expectError(await signInAs(o, ATTACKER, 'user21', 'Summer2026!'), 'RATE_LIMITED');
    expect(next.message).toContain('请 1 分钟后再试');
  });

  it('forgets a PC’s failures after an hour without any', async () => {
    const o = await startOffice();
    const guess = (i: number) => signInAs(o, ATTACKER, REP_WANG.username, `guess-${i}-2026`);
    for (let i = 0; i < 4; i++) expectError(await guess(i), 'UNAUTHENTICATED');
    o.clock.advance(59 * MINUTE);
    expect(expectError(await guess(4), 'UNAUTHENTICATED').message).toContain('请 1 分钟后再试');
    o.clock.advance(60 * MINUTE);
    // Three free failures again, as for a PC that never failed.
    for (let i = 5; i < 8; i++) {
      expect(expectError(await guess(i), 'UNAUTHENTICATED').message).toBe('登录名或密码不正确,请重新输入。');
    }
    expectOk(await signInAs(o, ATTACKER, REP_WANG.username, REP_WANG.password));
  });

  it('cannot be got round by sending the guesses in parallel', async () => {
    const o = await startOffice();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInAs(o, ATTACKER, REP_WANG.username, `guess-${i}-2026`)),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(4);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(8);
  });
});
