import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Caller, Core } from '../../../src-main/core/core-types';
import { isJsonContentType, originProblem } from '../../../src-main/host/request-guards';
import { createHostServer } from '../../../src-main/host/server';
import { tempDir } from '../../helpers/core-harness';

/** A core that answers every call and remembers who made it. */
function recordingCore() {
  const calls: { method: string; input: unknown; caller: Caller }[] = [];
  const core: Core = {
    dispatch: async (method, input, caller) => {
      calls.push({ method, input, caller });
      return { ok: true, value: { method } };
    },
    upload: async () => ({ ok: true, value: { uploadId: 'u', fileName: 'a.zip', bytes: 1 } }),
    checkUpload: async () => ({ ok: true, value: null }),
    getFile: () => null,
    logError: () => 'E-TEST',
    close: () => {},
  };
  return { core, calls };
}

async function startHost() {
  const { core, calls } = recordingCore();
  const clock: string[] = [];
  const server = createHostServer({
    core,
    staticDir: tempDir('regiondesk-guards-'),
    testClock: { set: (iso) => clock.push(iso) },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, clock };
}

interface Envelope {
  ok: boolean;
  error?: { code: string; message: string };
}

async function post(url: string, headers: Record<string, string>, body = '{}') {
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as Envelope };
}

describe('isJsonContentType', () => {
  it('takes application/json with at most a UTF-8 charset, in any letter case', () => {
    for (const type of [
      'application/json',
      'Application/JSON',
      'application/json; charset=utf-8',
      'application/json;charset=UTF-8',
      'application/json ;  Charset="utf-8"',
    ]) {
      expect(isJsonContentType(type), type).toBe(true);
    }
  });

  it('refuses everything a cross-site form or a loose parser would let through', () => {
    for (const type of [
      undefined,
      '',
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
      'application/jsonp',
      'application/json, text/plain',
      'text/plain; application/json',
      'application/json; charset=latin1',
      'application/json; charset=utf-8; boundary=x',
      'application/json; foo=bar',
    ]) {
      expect(isJsonContentType(type), String(type)).toBe(false);
    }
  });
});

describe('originProblem', () => {
  const host = '127.0.0.1:5719';
  it('lets reads through and state changes only from this host’s own pages', () => {
    expect(originProblem('GET', { host })).toBeNull();
    expect(originProblem('HEAD', { host, origin: 'http://evil.example' })).toBeNull();
    expect(originProblem('POST', { host, origin: `http://${host}` })).toBeNull();
    expect(originProblem('POST', { host, 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(
      originProblem('POST', { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }),
    ).toBeNull();
    for (const headers of [
      { host },
      { host, origin: 'http://evil.example' },
      { host, origin: 'http://127.0.0.1:5720' },
      { host, origin: 'null' },
      { host, origin: 'file://' },
      { host, 'sec-fetch-site': 'cross-site' },
      { host, 'sec-fetch-site': 'same-site' },
      { host, 'sec-fetch-site': 'none' },
      { host, origin: `http://${host}`, 'sec-fetch-site': 'cross-site' },
    ]) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        expect(originProblem(method, headers), `${method} ${JSON.stringify(headers)}`).toMatch(/已拒绝/);
      }
    }
  });
});

describe('the host refuses API requests it cannot trust', () => {
  it('answers a body that is not JSON with 415 and a typed error, before the core sees it', async () => {
    const { url, calls } = await startHost();
    const api = `${url}/api/auth.me`;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json-patch+json']) {
      const res = await post(api, { Origin: url, 'Content-Type': type });
      expect(res.status, type).toBe(415);
      expect(res.body).toEqual({
        ok: false,
        error: {
          code: 'BAD_INPUT',
          message: '请求内容须为 JSON,请以 Content-Type: application/json(可带 charset=utf-8)发送。',
        },
      });
    }
    expect(calls).toEqual([]);
    const ok = await post(api, { Origin: url, 'Content-Type': 'application/json; charset=UTF-8' });
    expect(ok).toEqual({ status: 200, body: { ok: true, value: { method: 'auth.me' } } });
    // The client's address as the sign-in throttle and the manager's list see it.
    expect(calls[0]!.caller.clientKey).toBe('127.0.0.1');
  });

  it('refuses with 403 a state change that names no origin, or another one', async () => {
    const { url, calls, clock } = await startHost();
    const json = { 'Content-Type': 'application/json' };
    const cases: [string, Record<string, string>][] = [
      ['/api/auth.signIn', json],
      ['/api/auth.signIn', { ...json, Origin: 'http://evil.example' }],
      ['/api/auth.signIn', { ...json, Origin: 'null' }],
      ['/api/auth.signIn', { ...json, 'Sec-Fetch-Site': 'cross-site' }],
      ['/api/auth.signIn', { ...json, Origin: url, 'Sec-Fetch-Site': 'same-site' }],
      ['/upload', { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.zip' }],
      ['/__test__/clock', json],
    ];
    for (const [path, headers] of cases) {
      const res = await post(`${url}${path}`, headers);
      expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(res.body.error?.code).toBe('FORBIDDEN');
      expect(res.body.error?.message).toMatch(/已拒绝。请/);
    }
    expect(calls).toEqual([]);
    expect(clock).toEqual([]);

    // What a browser sends from the host's own page.
    expect((await post(`${url}/api/auth.me`, { ...json, Origin: url })).status).toBe(200);
    expect((await post(`${url}/api/auth.me`, { ...json, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    const moved = await post(
      `${url}/__test__/clock`,
      { ...json, Origin: url },
      '{"now":"2026-11-26T02:00:00Z"}',
    );
    expect(moved.status).toBe(200);
    expect(clock).toEqual(['2026-11-26T02:00:00Z']);
    // Reading needs no origin.
    expect((await fetch(`${url}/files/none`)).status).toBe(404);
  });
});
