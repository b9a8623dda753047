import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHostServer } from '../../../src-main/host/server';
import { MANAGER, startOffice, tempDir } from '../../helpers/core-harness';

describe('sign-in over the browser host', () => {
  it('answers 401 without field messages to an anonymous caller, and 429 to a guessing browser', async () => {
    const o = await startOffice();
    const server = createHostServer({ core: o.core, staticDir: tempDir() });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = async (method: string, input: unknown) => {
      const res = await fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: url },
        body: JSON.stringify(input),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };

    expect(await post('people.create', { username: '赵 磊', role: 'boss' })).toEqual({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期或尚未登录,请重新登录。' } },
    });

    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await post('auth.signIn', { username: MANAGER.username, password: `guess-${i}` })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const limited = await post('auth.signIn', { username: MANAGER.username, password: MANAGER.password });
    expect(limited).toEqual({
      status: 429,
      body: {
        ok: false,
        error: {
          code: 'RATE_LIMITED',
          message: '此电脑登录失败次数过多,请 30 秒后再试;忘记密码请联系区域经理重置。',
        },
      },
    });
    o.clock.advance(30_000);
    expect(
      (await post('auth.signIn', { username: MANAGER.username, password: MANAGER.password })).status,
    ).toBe(200);
  });
});
