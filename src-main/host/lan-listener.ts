import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  currentLanNames,
  ensureLanCertificate,
  type LanCertificate,
  type LanNames,
} from '../core/platform/lan-certificate';
import {
  clearListenerState,
  lanClientCheck,
  lanUrls,
  readLanSettings,
  writeListenerState,
} from '../core/platform/lan-settings';
import { createRequestListener, type HostOptions } from './server';

export interface LanListenerOptions {
  dataDir: string;
  /** The HTTPS port; 0 takes any free one. */
  port: number;
  /** Started with --lan: HTTPS runs whatever the setting in 办事处设置 says. */
  forced: boolean;
  now: () => Date;
  /** What the HTTPS listener serves: the same core and renderer as the loopback one. */
  host: Omit<HostOptions, 'secure' | 'refuseClient' | 'lanCertificate'>;
  log?: (line: string) => void;
  /** This PC's names and addresses; tests give their own. */
  names?: () => LanNames;
}

const RECHECK_MS = 3_600_000;

const refusedMessage = (address: string) =>
  `此电脑(${address})不在办事处允许访问的网段内,已拒绝。请联系区域经理在“办事处设置 → 局域网访问”中添加此电脑所在的网段。`;

/**
 * The HTTPS listener other PCs of the office use. `sync()` makes it match the setting: starts or
 * stops it, takes up a new allowed-subnet list, and swaps in a new certificate when this PC's
 * addresses changed. The host calls it on a timer, so a change made in 办事处设置 takes effect
 * without a restart.
 */
export class LanListener {
  private server: Server | null = null;
  private cert: LanCertificate | null = null;
  private names: LanNames = { dns: [], ips: [] };
  private checkedAt = 0;
  private allows: (address: string) => boolean = () => false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly opts: LanListenerOptions) {}

  /** The port HTTPS listens on, or null while LAN access is off. */
  port(): number | null {
    const addr = this.server?.address();
    return addr && typeof addr === 'object' ? (addr as AddressInfo).port : null;
  }

  /** The certificate being served, or null while LAN access is off. */
  certificate(): LanCertificate | null {
    return this.server ? this.cert : null;
  }

  /** Brings the listener in line with the setting and this PC's addresses; calls are taken in turn. */
  sync(): Promise<void> {
    const next = this.queue.then(() => this.syncNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): Promise<void> {
    const next = this.queue.then(() => this.stop());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async syncNow(): Promise<void> {
    const settings = readLanSettings(this.opts.dataDir);
    this.allows = lanClientCheck(settings.allowedSubnets);
    if (!this.opts.forced && !settings.enabled) return this.stop();
    const names = (this.opts.names ?? currentLanNames)();
    const now = this.opts.now();
    const unchanged = JSON.stringify(names) === JSON.stringify(this.names);
    // Same addresses: the certificate is looked at again hourly only, for its renewal before it ends.
    if (this.server && unchanged && now.getTime() - this.checkedAt < RECHECK_MS) return;
    const { cert, created } = await ensureLanCertificate(this.opts.dataDir, now, names);
    this.names = names;
    this.checkedAt = now.getTime();
    if (!this.server) return this.start(cert);
    if (cert.fingerprint !== this.cert?.fingerprint) {
      // Open connections keep the old certificate; new ones get the one naming the new addresses.
      this.server.setSecureContext({ cert: cert.certPem, key: cert.keyPem });
      this.cert = cert;
      this.log(
        unchanged
          ? '局域网证书即将到期,已重新生成。'
          : `本机地址已变化,${created ? '已重新生成' : '已换用'}局域网证书。`,
      );
      this.logAddresses();
    }
  }

  private async start(cert: LanCertificate): Promise<void> {
    const server = createServer(
      { cert: cert.certPem, key: cert.keyPem, minVersion: 'TLSv1.2' },
      createRequestListener({
        ...this.opts.host,
        secure: true,
        refuseClient: (address) => (this.allows(address) ? null : refusedMessage(address)),
        lanCertificate: () => this.cert?.certPem ?? null,
      }),
    );
    await listenDualStack(server, this.opts.port);
    this.server = server;
    this.cert = cert;
    writeListenerState(this.opts.dataDir, {
      port: this.port()!,
      pid: process.pid,
      startedAt: this.opts.now().toISOString(),
      forced: this.opts.forced,
    });
    this.logAddresses();
  }

  private async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.names = { dns: [], ips: [] };
    clearListenerState(this.opts.dataDir);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.log('局域网访问 (HTTPS) 已关闭,只有本机可以打开 RegionDesk。');
  }

  private logAddresses() {
    const port = this.port()!;
    const urls = lanUrls(this.names.ips, port);
    this.log(`局域网访问 (HTTPS) 已开启,端口 ${port}:${urls.join('  ') || '(本机暂无局域网地址)'}`);
    this.log(`局域网证书指纹 (SHA-256):${this.cert!.fingerprint}`);
  }

  private log(line: string) {
    (this.opts.log ?? console.log)(line);
  }
}

/** Listens on every IPv4 and IPv6 address, or every IPv4 one where this PC has no IPv6. */
function listenDualStack(server: Server, port: number): Promise<void> {
  const attempt = (host: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host, ipv6Only: false }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  return attempt('::').catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EAFNOSUPPORT' && err.code !== 'EADDRNOTAVAIL') throw err;
    return attempt('0.0.0.0');
  });
}
