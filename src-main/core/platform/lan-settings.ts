import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
import { join } from 'node:path';
import { lanDir } from './lan-certificate';

/**
 * LAN access lives in files of the data folder rather than the database: it belongs to this PC
 * (its addresses, its network), must not come back with a restored database, and the host reads
 * it without a session while it runs.
 */
export interface LanSettings {
  /** Whether other PCs of the office may open RegionDesk over HTTPS. */
  enabled: boolean;
  /** CIDR ranges LAN clients must come from; empty: any private address. */
  allowedSubnets: string[];
}

/** What the running host reports about its HTTPS listener, for the office page. */
export interface LanListenerState {
  port: number;
  pid: number;
  startedAt: string;
  /** Started with --lan: it serves whatever the setting says. */
  forced: boolean;
}

export const DEFAULT_LAN_SETTINGS: LanSettings = { enabled: false, allowedSubnets: [] };

const settingsFile = (dataDir: string) => join(lanDir(dataDir), 'settings.json');
const listenerFile = (dataDir: string) => join(lanDir(dataDir), 'listener.json');

function writeJson(path: string, value: unknown) {
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2), { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The saved LAN settings; a missing or damaged file means LAN access is off. */
export function readLanSettings(dataDir: string): LanSettings {
  const raw = readJson(settingsFile(dataDir)) as Partial<LanSettings> | null;
  if (!raw || typeof raw !== 'object') return DEFAULT_LAN_SETTINGS;
  const subnets = Array.isArray(raw.allowedSubnets) ? raw.allowedSubnets : [];
  return {
    enabled: raw.enabled === true,
    allowedSubnets: subnets.filter((s): s is string => typeof s === 'string' && parseSubnet(s) !== null),
  };
}

export function writeLanSettings(dataDir: string, settings: LanSettings): void {
  writeJson(settingsFile(dataDir), settings);
}

export function writeListenerState(dataDir: string, state: LanListenerState): void {
  writeJson(listenerFile(dataDir), state);
}

export function clearListenerState(dataDir: string): void {
  rmSync(listenerFile(dataDir), { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The HTTPS listener a running host reported, or null when none runs (a host that crashed left it). */
export function readListenerState(dataDir: string): LanListenerState | null {
  const raw = readJson(listenerFile(dataDir)) as LanListenerState | null;
  if (!raw || !Number.isInteger(raw.port) || !Number.isInteger(raw.pid)) return null;
  return processAlive(raw.pid) ? { ...raw, forced: raw.forced === true } : null;
}

/** A CIDR range as BlockList takes it, or null when the text is not one (a bare address is a /32 or /128). */
export function parseSubnet(
  text: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return null;
  const max = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Private, link-local and unique-local ranges: who may connect when no subnet is set. */
const PRIVATE_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '169.254.0.0/16',
  'fc00::/7',
  'fe80::/10',
];
const LOOPBACK_RANGES = ['127.0.0.0/8', '::1/128'];

function blockListOf(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const subnet = parseSubnet(range);
    if (subnet) list.addSubnet(subnet.address, subnet.prefix, subnet.family);
  }
  return list;
}

const loopback = blockListOf(LOOPBACK_RANGES);

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** Whether a client's address is this PC itself. */
export function isLoopbackAddress(address: string): boolean {
  return isIP(address) !== 0 && loopback.check(address, familyOf(address));
}

/**
 * Who may reach the HTTPS listener: this PC always, others only from the allowed subnets, or
 * from a private address when none are set. Returns a check on a client's address.
 */
export function lanClientCheck(allowedSubnets: readonly string[]): (address: string) => boolean {
  const allowed = blockListOf(allowedSubnets.length ? allowedSubnets : PRIVATE_RANGES);
  return (address) =>
    isIP(address) !== 0 && (isLoopbackAddress(address) || allowed.check(address, familyOf(address)));
}

/** The addresses other PCs type to reach the HTTPS listener: LAN addresses, not loopback or link-local. */
export function lanUrls(ips: readonly string[], port: number): string[] {
  return ips
    .filter((ip) => !isLoopbackAddress(ip) && !/^fe[89ab]/i.test(ip))
    .map((ip) => `https://${ip.includes(':') ? `[${ip}]` : ip}:${port}/`);
}
