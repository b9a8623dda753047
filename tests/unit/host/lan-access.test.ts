import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { LanNames } from '../../../src-main/core/platform/lan-certificate';
import {
  isLoopbackAddress,
  lanClientCheck,
  parseSubnet,
  writeLanSettings,
} from '../../../src-main/core/platform/lan-settings';
import { loopbackOnly } from '../../../src-main/host/client-guards';
import { LanListener } from '../../../src-main/host/lan-listener';
import { createHostServer } from '../../../src-main/host/server';
import { MANAGER, startOffice, tempDir } from '../../helpers/core-harness';
import { httpsPost, peerFingerprint } from './lan-client';

/** This machine's non-loopback IPv4 address, the one another PC of the office would use. */
const lanAddress = Object.values(networkInterfaces())
  .flatMap((list) => list ?? [])
  .find((e) => e.family === 'IPv4' && !e.internal)?.address;

describe('which clients reach RegionDesk', () => {
  it('lets any private address in when no subnet is set, and only the listed subnets when some are', () => {
    const anyPrivate = lanClientCheck([]);
    for (const ok of ['192.168.1.23', '10.4.0.9', '172.20.1.1', '169.254.3.4', 'fd12::5', 'fe80::1'])
      expect(anyPrivate(ok), ok).toBe(true);
    for (const no of ['8.8.8.8', '192.0.2.2', '172.32.0.1', '2001:db8::1', 'not-an-ip', ''])
      expect(anyPrivate(no), no).toBe(false);

    const office = lanClientCheck(['192.168.1.0/24', '2001:db8:1::/48', '10.0.0.5']);
    expect(office('192.168.1.200')).toBe(true);
    expect(office('192.168.2.1')).toBe(false);
    expect(office('10.0.0.5')).toBe(true);
    expect(office('10.0.0.6')).toBe(false);
    expect(office('2001:db8:1:ff::9')).toBe(true);
    expect(office('2001:db8:2::9')).toBe(false);
    // This PC itself is never shut out, whatever the list says.
    expect(office('127.0.0.1')).toBe(true);
    expect(office('::1')).toBe(true);
  });

  it('reads subnets as people write them and refuses anything else', () => {
    expect(parseSubnet(' 192.168.1.0/24 ')).toEqual({ address: '192.168.1.0', prefix: 24, family: 'ipv4' });
    expect(parseSubnet('fd00::/8')).toEqual({ address: 'fd00::', prefix: 8, family: 'ipv6' });
    expect(parseSubnet('10.1.2.3')).toEqual({ address: '10.1.2.3', prefix: 32, family: 'ipv4' });
    for (const bad of ['192.168.1.0/33', '192.168.1/24', '300.1.1.1/8', 'fd00::/129', '1.2.3.4/24/1', 'x/8'])
      expect(parseSubnet(bad), bad).toBeNull();
  });

  it('keeps plain HTTP for this PC: another PC is sent to the https:// address', () => {
    const guard = loopbackOnly(() => 5720);
    expect(guard('127.0.0.1')).toBeNull();
    expect(guard('::1')).toBeNull();
    expect(isLoopbackAddress('127.8.0.1')).toBe(true);
    expect(guard('192.168.1.23')).toBe(
      'RegionDesk 的 http:// 地址只供本机使用。请在地址栏改用 https://(办事处电脑的局域网地址):5720/ 打开。',
    );
    expect(loopbackOnly(() => null)('192.168.1.23')).toContain('局域网访问尚未开启');
  });

  it.runIf(lanAddress)(
    'answers 403 to a plain-HTTP client that is not this PC, before any route',
    async () => {
      const o = await startOffice();
      const server = createHostServer({
        core: o.core,
        staticDir: tempDir(),
        refuseClient: loopbackOnly(() => 5720),
      });
      // Bound wider than main.ts ever binds it, to see the guard itself at work.
      await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
      onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
      const port = (server.address() as AddressInfo).port;
      const signIn = (host: string) =>
        fetch(`http://${host}:${port}/api/auth.signIn`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: `http://${host}:${port}` },
          body: JSON.stringify({ username: MANAGER.username, password: MANAGER.password }),
        });
      const remote = await signIn(lanAddress!);
      expect(remote.status).toBe(403);
      expect(remote.headers.get('set-cookie')).toBeNull();
      expect(((await remote.json()) as { error: { message: string } }).error.message).toContain(':5720/');
      const local = await signIn('127.0.0.1');
      expect(local.status).toBe(200);
      // Plain HTTP never marks the cookie Secure: the browser would drop it.
      expect(local.headers.get('set-cookie')).not.toContain('Secure');
    },
  );
});

describe('the HTTPS listener', () => {
  const names = (...ips: string[]): LanNames => ({ dns: ['localhost'], ips: ['127.0.0.1', ...ips] });

  async function listener(forced: boolean, pcNames: { current: LanNames }) {
    const o = await startOffice();
    const lan = new LanListener({
      dataDir: o.dataDir,
      port: 0,
      forced,
      now: o.clock.now,
      host: { core: o.core, staticDir: tempDir() },
      log: () => undefined,
      names: () => pcNames.current,
    });
    onTestFinished(() => lan.close());
    return { o, lan };
  }

  it('marks the session cookie Secure', async () => {
    const { lan } = await listener(true, { current: names() });
    await lan.sync();
    const res = await httpsPost(
      `https://localhost:${lan.port()}`,
      'auth.signIn',
      lan.certificate()!.certPem,
      {
        username: MANAGER.username,
        password: MANAGER.password,
      },
    );
    expect(res.status).toBe(200);
    expect(res.setCookie).toMatch(/^rd_session=[^;]+; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
  });

  it('starts and stops with the setting in 办事处设置, and swaps the certificate when the addresses change', async () => {
    const pc = { current: names('10.9.9.9') };
    const { o, lan } = await listener(false, pc);
    await lan.sync();
    expect(lan.port()).toBeNull();

    writeLanSettings(o.dataDir, { enabled: true, allowedSubnets: [] });
    await lan.sync();
    const port = lan.port()!;
    expect(port).toBeGreaterThan(0);
    const before = lan.certificate()!.fingerprint;
    expect(await peerFingerprint(port)).toBe(before);

    pc.current = names('10.9.9.10');
    await lan.sync();
    expect(lan.port()).toBe(port);
    const after = lan.certificate()!.fingerprint;
    expect(after).not.toBe(before);
    expect(await peerFingerprint(port)).toBe(after);

    writeLanSettings(o.dataDir, { enabled: false, allowedSubnets: [] });
    await lan.sync();
    expect(lan.port()).toBeNull();
    await expect(peerFingerprint(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('renews the certificate a month before it ends while the host keeps running', async () => {
    const { o, lan } = await listener(true, { current: names() });
    await lan.sync();
    const first = lan.certificate()!;
    o.clock.set(new Date(Date.parse(first.notAfter) - 20 * 86_400_000).toISOString());
    await lan.sync();
    const renewed = lan.certificate()!;
    expect(renewed.fingerprint).not.toBe(first.fingerprint);
    expect(Date.parse(renewed.notAfter)).toBeGreaterThan(Date.parse(first.notAfter));
    expect(await peerFingerprint(lan.port()!)).toBe(renewed.fingerprint);
  });

  it.runIf(lanAddress)('refuses a LAN client outside the allowed subnets before any route', async () => {
    const pc = { current: names(lanAddress!) };
    const { o, lan } = await listener(true, pc);
    writeLanSettings(o.dataDir, { enabled: true, allowedSubnets: ['10.77.0.0/16'] });
    await lan.sync();
    const url = `https://${lanAddress}:${lan.port()}`;
    const ca = lan.certificate()!.certPem;
    const input = { username: MANAGER.username, password: MANAGER.password };
    const refused = await httpsPost(url, 'auth.signIn', ca, input);
    expect(refused.status).toBe(403);
    expect(refused.setCookie).toBeNull();
    expect(refused.body).toContain(`此电脑(${lanAddress})不在办事处允许访问的网段内`);

    writeLanSettings(o.dataDir, { enabled: true, allowedSubnets: [`${lanAddress}/32`] });
    await lan.sync();
    expect((await httpsPost(url, 'auth.signIn', ca, input)).status).toBe(200);
  });
});
