import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  ensureLanCertificate,
  lanDir,
  lanKeyPath,
  readLanCertificate,
} from '../../../src-main/core/platform/lan-certificate';
import { tempDir } from '../../helpers/core-harness';

const NOW = new Date('2026-11-26T02:00:00.000Z');
const OFFICE_PC = {
  dns: ['localhost', 'qd-office', 'qd-office.local'],
  ips: ['127.0.0.1', '::1', '192.168.1.20'],
};
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';

describe('the LAN certificate', () => {
  it('names every name and address of the PC, serves TLS only, lasts five years, and keeps its key private', async () => {
    const dataDir = tempDir();
    const { cert, created } = await ensureLanCertificate(dataDir, NOW, OFFICE_PC);
    expect(created).toBe(true);
    const x = new X509Certificate(cert.certPem);
    expect(x.subjectAltName).toBe(
      'DNS:localhost, DNS:qd-office, DNS:qd-office.local, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, IP Address:192.168.1.20',
    );
    expect(cert.names).toEqual([
      'localhost',
      'qd-office',
      'qd-office.local',
      '127.0.0.1',
      '::1',
      '192.168.1.20',
    ]);
    expect(x.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(x.checkHost('qd-office.local')).toBe('qd-office.local');
    expect(x.keyUsage).toEqual([SERVER_AUTH]);
    expect(x.ca).toBe(false);
    expect(x.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    const years = (Date.parse(x.validTo) - NOW.getTime()) / (365 * 86_400_000);
    expect(years).toBeGreaterThan(4.99);
    expect(years).toBeLessThan(5.01);
    // The fingerprint shown to the clerk is the SHA-256 of the certificate, as the browser computes it.
    const digest = createHash('sha256').update(x.raw).digest('hex').toUpperCase();
    expect(cert.fingerprint.replaceAll(':', '')).toBe(digest);
    expect(cert.spkiSha256).toBe(
      createHash('sha256')
        .update(x.publicKey.export({ type: 'spki', format: 'der' }))
        .digest('base64'),
    );
    expect(statSync(lanKeyPath(dataDir)).mode & 0o777).toBe(0o600);
    expect(statSync(lanDir(dataDir)).mode & 0o777).toBe(0o700);

    // A client that trusts this certificate alone connects by the PC's name.
    const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.address() as AddressInfo).port;
    const body = await new Promise<string>((resolve, reject) => {
      request({ host: '127.0.0.1', port, servername: 'localhost', ca: cert.certPem }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve(text));
      })
        .on('error', reject)
        .end();
    });
    expect(body).toBe('ok');
  });

  it('is kept while the PC keeps its addresses, and made anew when they change', async () => {
    const dataDir = tempDir();
    const first = await ensureLanCertificate(dataDir, NOW, OFFICE_PC);
    const again = await ensureLanCertificate(dataDir, new Date('2027-03-01T00:00:00Z'), OFFICE_PC);
    expect(again.created).toBe(false);
    expect(again.cert.fingerprint).toBe(first.cert.fingerprint);

    const moved = { ...OFFICE_PC, ips: ['127.0.0.1', '::1', '10.20.0.7'] };
    const remade = await ensureLanCertificate(dataDir, NOW, moved);
    expect(remade.created).toBe(true);
    expect(remade.cert.fingerprint).not.toBe(first.cert.fingerprint);
    expect(new X509Certificate(remade.cert.certPem).checkIP('10.20.0.7')).toBe('10.20.0.7');
    expect(readLanCertificate(dataDir)?.fingerprint).toBe(remade.cert.fingerprint);
  });

  it('is made anew a month before it ends, and when its key does not match it', async () => {
    const dataDir = tempDir();
    const first = await ensureLanCertificate(dataDir, NOW, OFFICE_PC);
    const nearEnd = new Date(Date.parse(first.cert.notAfter) - 20 * 86_400_000);
    const renewed = await ensureLanCertificate(dataDir, nearEnd, OFFICE_PC);
    expect(renewed.created).toBe(true);
    expect(Date.parse(renewed.cert.notAfter)).toBeGreaterThan(Date.parse(first.cert.notAfter));

    // A key from another certificate (an interrupted write, a copied folder) cannot serve TLS.
    const other = await ensureLanCertificate(tempDir(), NOW, OFFICE_PC);
    writeFileSync(lanKeyPath(dataDir), other.cert.keyPem);
    expect(readLanCertificate(dataDir)).toBeNull();
    const repaired = await ensureLanCertificate(dataDir, NOW, OFFICE_PC);
    expect(repaired.created).toBe(true);
    expect(readLanCertificate(dataDir)?.fingerprint).toBe(repaired.cert.fingerprint);
  });

  it('is made once when two callers ask at the same moment', async () => {
    const dataDir = tempDir();
    const [a, b] = await Promise.all([
      ensureLanCertificate(dataDir, NOW, OFFICE_PC),
      ensureLanCertificate(dataDir, NOW, OFFICE_PC),
    ]);
    expect([a.created, b.created]).toEqual([true, false]);
    expect(b.cert.fingerprint).toBe(a.cert.fingerprint);
    expect(new X509Certificate(readFileSync(join(lanDir(dataDir), 'office-cert.pem'))).fingerprint256).toBe(
      a.cert.fingerprint,
    );
  });
});
