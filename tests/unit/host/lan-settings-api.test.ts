import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLanCertificate } from '../../../src-main/core/platform/lan-certificate';
import { readLanSettings } from '../../../src-main/core/platform/lan-settings';
import { call, expectError, expectOk, FakeCaller, REP_WANG, startOffice } from '../../helpers/core-harness';

describe('LAN access in 办事处设置', () => {
  it('has a certificate from setup on, shows its fingerprint, and saves only valid subnets', async () => {
    const o = await startOffice();
    const made = readLanCertificate(o.dataDir);
    expect(made).not.toBeNull();

    const status = expectOk(await call(o.core, o.manager, 'office.lan', {}));
    expect(status).toMatchObject({ enabled: false, allowedSubnets: [], httpsPort: null, urls: [] });
    expect(status.certificate?.fingerprint).toBe(made!.fingerprint);

    const bad = expectError(
      await call(o.core, o.manager, 'office.setLan', {
        enabled: true,
        allowedSubnets: ['192.168.1.0/24', '192.168.1.0/33'],
      }),
      'BAD_INPUT',
    );
    expect(bad.fields).toEqual({
      allowedSubnets: '第 2 行“192.168.1.0/33”不是有效的网段,请写成 192.168.1.0/24 这样的形式',
    });
    expect(readLanSettings(o.dataDir)).toEqual({ enabled: false, allowedSubnets: [] });

    const saved = expectOk(
      await call(o.core, o.manager, 'office.setLan', {
        enabled: true,
        allowedSubnets: [' 192.168.1.0/24', 'fd00::/8', '192.168.1.0/24'],
      }),
    );
    expect(saved).toMatchObject({ enabled: true, allowedSubnets: ['192.168.1.0/24', 'fd00::/8'] });
    expect(readLanSettings(o.dataDir)).toEqual({
      enabled: true,
      allowedSubnets: ['192.168.1.0/24', 'fd00::/8'],
    });

    expectError(await call(o.core, o.wang, 'office.lan', {}), 'FORBIDDEN');
    expectError(
      await call(o.core, o.clerk, 'office.setLan', { enabled: false, allowedSubnets: [] }),
      'FORBIDDEN',
    );
  });

  it('makes the certificate on demand for an office set up without one', async () => {
    const o = await startOffice();
    rmSync(join(o.dataDir, 'lan'), { recursive: true, force: true });
    expect(readLanCertificate(o.dataDir)).toBeNull();
    const status = expectOk(await call(o.core, o.manager, 'office.lan', {}));
    expect(status.certificate?.fingerprint).toBe(readLanCertificate(o.dataDir)?.fingerprint);
    const file = expectOk(await call(o.core, o.manager, 'office.lanCertificate', {}));
    expect(file.fileName).toBe('regiondesk-office.crt');
  });

  it('lists who signed in from which address, newest first', async () => {
    const o = await startOffice();
    const pc = new FakeCaller('192.168.1.57');
    expectOk(
      await call(o.core, pc, 'auth.signIn', { username: REP_WANG.username, password: REP_WANG.password }),
    );
    o.clock.advance(60_000);
    const desktop = new FakeCaller('ipc:1');
    expectOk(
      await call(o.core, desktop, 'auth.signIn', {
        username: REP_WANG.username,
        password: REP_WANG.password,
      }),
    );
    const { records } = expectOk(await call(o.core, o.manager, 'office.signIns', {}));
    expect(records.slice(0, 2)).toEqual([
      {
        at: o.clock.now().toISOString(),
        username: REP_WANG.username,
        displayName: REP_WANG.displayName,
        client: 'ipc:1',
      },
      {
        at: new Date(o.clock.now().getTime() - 60_000).toISOString(),
        username: REP_WANG.username,
        displayName: REP_WANG.displayName,
        client: '192.168.1.57',
      },
    ]);
  });
});
