import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHostServer } from '../../../src-main/host/server';
import { call, expectOk, tempDir } from '../../helpers/core-harness';
import { HQ_ADMIN, startHeadOffice } from './head-office';

async function hostFor(core: Awaited<ReturnType<typeof startHeadOffice>>['core']) {
  const server = createHostServer({ core, staticDir: tempDir() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('POST /upload on the browser host', () => {
  it('takes a signed-in administrator’s file and refuses everyone and everything else', async () => {
    const hq = await startHeadOffice();
    const url = await hostFor(hq.core);
    const signIn = await fetch(`${url}/api/auth.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url },
      body: JSON.stringify({ username: HQ_ADMIN.username, password: HQ_ADMIN.password }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const upload = (headers: Record<string, string>, body: string = 'PK\u0003\u0004') =>
      // A browser sends its page's origin with every POST.
      fetch(`${url}/upload`, { method: 'POST', headers: { Origin: url, ...headers }, body });
    const octet = {
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent('华东-2026-11.zip'),
    };

    const ok = await upload({ ...octet, Cookie: cookie });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as {
      ok: true;
      value: { uploadId: string; fileName: string; bytes: number };
    };
    expect(body.value).toMatchObject({ fileName: '华东-2026-11.zip', bytes: 4 });
    expect(body.value.uploadId).toMatch(/^[0-9a-f-]{36}$/);

    expect((await upload(octet)).status).toBe(401);
    expect((await upload({ ...octet, Cookie: cookie, 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await upload({ ...octet, Cookie: cookie, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload({ 'Content-Type': 'application/octet-stream', Cookie: cookie })).status).toBe(400);
    // A clerk of head office is signed in but may not hand over bundles.
    expectOk(
      await call(hq.core, hq.admin, 'people.create', {
        username: 'neiqin',
        displayName: '孙丽',
        role: 'clerk',
        password: 'neiqin-2026-pass',
        phone: '',
      }),
    );
    const clerkSignIn = await fetch(`${url}/api/auth.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url },
      body: JSON.stringify({ username: 'neiqin', password: 'neiqin-2026-pass' }),
    });
    const clerkCookie = clerkSignIn.headers.get('set-cookie')!.split(';')[0]!;
    expect((await upload({ ...octet, Cookie: clerkCookie })).status).toBe(403);
    const empty = await upload({ ...octet, Cookie: cookie }, '');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toContain('空');
  });
});
