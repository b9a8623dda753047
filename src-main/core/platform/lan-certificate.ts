import {
  createHash,
  createPrivateKey,
  randomBytes,
  webcrypto,
  X509Certificate as NodeCertificate,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

/** The names and addresses other PCs may use to reach this one; the certificate must cover all. */
export interface LanNames {
  dns: string[];
  ips: string[];
}

/** The office PC's certificate for HTTPS on the LAN, as files and as people compare it. */
export interface LanCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate, colon-separated hex, as browsers show it. */
  fingerprint: string;
  /** SHA-256 of the public key (SPKI), base64: what Chromium's --ignore-certificate-errors-spki-list takes. */
  spkiSha256: string;
  /** The names in the certificate (subject alternative names), in the certificate's order. */
  names: string[];
  notBefore: string;
  notAfter: string;
}

const VALID_DAYS = 5 * 365;
/** A certificate this close to its end is made anew, so it never expires on a working day. */
const RENEW_BEFORE_DAYS = 30;
const DAY_MS = 86_400_000;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** The folder of the LAN certificate, its key and the LAN settings, inside the data folder. */
export const lanDir = (dataDir: string) => join(dataDir, 'lan');
const certFile = (dataDir: string) => join(lanDir(dataDir), 'office-cert.pem');
const keyFile = (dataDir: string) => join(lanDir(dataDir), 'office-key.pem');

/** An IPv6 address without its zone (fe80::1%eth0 -> fe80::1): a certificate names no zones. */
const withoutZone = (address: string) => address.split('%')[0]!;

/** This PC's host names and every address of its network interfaces, plus localhost. */
export function currentLanNames(): LanNames {
  const host = hostname().toLowerCase();
  const dns = new Set(['localhost']);
  if (/^[a-z0-9.-]+$/.test(host)) {
    dns.add(host);
    if (!host.includes('.')) dns.add(`${host}.local`);
  }
  const ips = new Set(['127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (!entry.internal) ips.add(withoutZone(entry.address));
  }
  return { dns: [...dns], ips: [...ips] };
}

/** A subject alternative name as people type it: `qd-office.local`, `192.168.1.20`, `fd00::2`. */
function readableName(entry: string): string {
  if (entry.startsWith('DNS:')) return entry.slice(4);
  const ip = entry.replace(/^IP Address:/, '');
  // Node spells IPv6 out in full (FD00:0:0:0:0:0:0:2); the URL parser gives the short form.
  return ip.includes(':') ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}

function describe(certPem: string, keyPem: string): LanCertificate {
  const cert = new NodeCertificate(certPem);
  const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
  return {
    certPem,
    keyPem,
    fingerprint: cert.fingerprint256,
    spkiSha256: createHash('sha256').update(spki).digest('base64'),
    names: (cert.subjectAltName ?? '').split(', ').filter(Boolean).map(readableName),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
  };
}

/** The certificate in the data folder, or null when there is none or its files do not belong together. */
export function readLanCertificate(dataDir: string): LanCertificate | null {
  if (!existsSync(certFile(dataDir)) || !existsSync(keyFile(dataDir))) return null;
  try {
    const certPem = readFileSync(certFile(dataDir), 'utf8');
    const keyPem = readFileSync(keyFile(dataDir), 'utf8');
    // A crash between writing the key and the certificate leaves a pair that cannot serve TLS.
    if (!new NodeCertificate(certPem).checkPrivateKey(createPrivateKey(keyPem))) return null;
    return describe(certPem, keyPem);
  } catch {
    return null;
  }
}

/** Whether a certificate names every one of these names and addresses and is not near its end. */
export function certificateFits(cert: LanCertificate, names: LanNames, now: Date): boolean {
  const parsed = new NodeCertificate(cert.certPem);
  if (Date.parse(cert.notAfter) - now.getTime() < RENEW_BEFORE_DAYS * DAY_MS) return false;
  if (Date.parse(cert.notBefore) > now.getTime() + DAY_MS) return false;
  return (
    names.dns.every((name) => parsed.checkHost(name, { wildcards: false }) === name) &&
    names.ips.every((ip) => parsed.checkIP(ip) !== undefined)
  );
}

/** Writes a file through a temporary name, so a reader never sees half of it. */
function writeAtomic(path: string, text: string, mode: number) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}

/** Makes a self-signed certificate (ECDSA P-256, serverAuth) for these names, valid five years. */
export async function createLanCertificate(names: LanNames, now: Date): Promise<LanCertificate> {
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const serial = randomBytes(16);
  serial[0]! &= 0x7f; // a positive serial number, as RFC 5280 asks
  const host = names.dns.find((n) => n !== 'localhost' && !n.endsWith('.local')) ?? 'localhost';
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: `CN=RegionDesk ${host}, O=RegionDesk`,
    // An hour back tolerates a client PC whose clock runs a little behind.
    notBefore: new Date(now.getTime() - 3_600_000),
    notAfter: new Date(now.getTime() + VALID_DAYS * DAY_MS),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension([
        ...names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const keyPem = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return describe(cert.toString('pem'), keyPem);
}

const pending = new Map<string, Promise<{ cert: LanCertificate; created: boolean }>>();

/**
 * The data folder's certificate, made anew when it is missing, broken, near its end or does not
 * name every current name and address of this PC (a new Wi-Fi address, a renamed PC). The
 * private key is written readable by its owner only. Calls for one folder are taken in turn.
 */
export function ensureLanCertificate(
  dataDir: string,
  now: Date,
  names: LanNames = currentLanNames(),
): Promise<{ cert: LanCertificate; created: boolean }> {
  const previous = pending.get(dataDir) ?? Promise.resolve(null);
  const next = previous
    .catch(() => null)
    .then(async () => {
      const existing = readLanCertificate(dataDir);
      if (existing && certificateFits(existing, names, now)) return { cert: existing, created: false };
      const cert = await createLanCertificate(names, now);
      mkdirSync(lanDir(dataDir), { recursive: true, mode: 0o700 });
      writeAtomic(keyFile(dataDir), cert.keyPem, 0o600);
      writeAtomic(certFile(dataDir), cert.certPem, 0o644);
      return { cert, created: true };
    });
  pending.set(dataDir, next);
  const settle = () => {
    if (pending.get(dataDir) === next) pending.delete(dataDir);
  };
  next.then(settle, settle);
  return next;
}

/** Where the private key lives, for the tests that check who may read it. */
export const lanKeyPath = keyFile;
