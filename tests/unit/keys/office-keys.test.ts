import { readFileSync, statSync } from 'node:fs';
import { sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePublicKeyFile } from '../../../src-main/core/platform/bundle-format/keys';
import { privateKeyPath } from '../../../src-main/core/modules/keys/office-keys';
import { call, expectError, expectOk, readRows, startOffice } from '../../helpers/core-harness';

describe('the office signing key', () => {
  it('is made at setup, kept only in the data folder, and exported as a file head office can check', async () => {
    const o = await startOffice();
    const info = expectOk(await call(o.core, o.manager, 'keys.info', {}));
    expect(info.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(info.privateKeyPresent).toBe(true);

    const keyFile = privateKeyPath(o.dataDir);
    const pem = readFileSync(keyFile, 'utf8');
    expect(pem).toContain('PRIVATE KEY');
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o077).toBe(0);
    // No table holds the private half.
    const settings = readRows(o.dbFile, 'select value from settings');
    expect(JSON.stringify(settings)).not.toContain('PRIVATE KEY');

    const exported = expectOk(await call(o.core, o.manager, 'keys.exportPublic', {}));
    expect(exported.fileName).toBe('office-key-HD-03.json');
    const file = o.core.getFile(exported.fileId, o.manager.sessionToken)!;
    const registered = parsePublicKeyFile(readFileSync(file.path, 'utf8'));
    expect(registered.fingerprint).toBe(info.fingerprint);
    expect(JSON.stringify(registered)).not.toContain('PRIVATE KEY');

    // What the private key signs, the exported public key verifies.
    const signature = sign(null, Buffer.from('manifest'), pem);
    expect(verify(null, Buffer.from('manifest'), registered.publicKeyPem, signature)).toBe(true);

    // Asking again gives the same key.
    expect(expectOk(await call(o.core, o.manager, 'keys.info', {})).fingerprint).toBe(info.fingerprint);
  });

  it('is the manager’s alone to see and export', async () => {
    const o = await startOffice();
    expectError(await call(o.core, o.wang, 'keys.info', {}), 'FORBIDDEN');
    expectError(await call(o.core, o.clerk, 'keys.exportPublic', {}), 'FORBIDDEN');
  });
});
