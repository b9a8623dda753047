import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Caller, type Core, DB_FILE_NAME, openCore } from '../../../src-main/core';
import { contract, type MethodName } from '../../../src-shared/contract';
import { ERROR_CODES, type Result } from '../../../src-shared/errors';
import { fuzzPayloads, seedFor } from '../../helpers/fuzz-payloads';
import { READS } from './read-methods';

// Shared by the unit fuzz test and the bench; it imports nothing of vitest so the bench can run it.

/** A caller holding a fixed session token, as a browser tab holds its cookie. */
export class FuzzCaller implements Caller {
  readonly transport = 'http' as const;

  constructor(
    readonly label: string,
    public sessionToken: string | null,
    readonly clientKey = '192.168.1.50',
  ) {}

  setSessionToken(): void {
    // A fuzzed sign-in or sign-out must not swap the session the next payloads are sent with.
  }
}

/** Thursday 10:00 in the office; the clock stands still, so sessions are never touched for last-seen. */
const NOW = new Date('2026-11-26T02:00:00.000Z');

export interface FuzzInstallation {
  core: Core;
  dataDir: string;
  callers: FuzzCaller[];
  close(): void;
}

async function must<T>(result: Promise<Result<T>>, what: string): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${what}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function signedIn(core: Core, label: string, username: string, password: string) {
  let token: string | null = null;
  const caller: Caller = {
    transport: 'http',
    sessionToken: null,
    clientKey: '127.0.0.1',
    setSessionToken: (t) => (token = t),
  };
  await must(core.dispatch('auth.signIn', { username, password }, caller), `sign-in ${username}`);
  return new FuzzCaller(label, token);
}

const OFFICE = {
  company: '江南康健医药有限公司',
  regionCode: 'HD-03',
  regionName: '华东三区',
  coverage: '浙江省杭州市、绍兴市',
  officeName: '杭州办事处',
  address: '浙江省杭州市西湖区文三路478号',
  phone: '0571-88231456',
  fax: '0571-88231457',
  startDate: '2026-01-05',
};
const MANAGER = { username: 'zhangwei', displayName: '张伟', password: 'Hz2026-qujing', phone: '' };
const REP = { username: 'wangfang', displayName: '王芳', role: 'rep', password: 'wangfang-2026', phone: '' };

/**
 * A regional office (manager and rep signed in, plus an anonymous caller) or a head-office
 * installation (its administrator and an anonymous caller), on a fresh temporary data folder.
 */
export async function openInstallation(mode: 'office' | 'headOffice'): Promise<FuzzInstallation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-fuzz-'));
  const core = await openCore({ dataDir, now: () => new Date(NOW), echoErrors: false });
  const anonymous = new FuzzCaller('anonymous', null);
  const office =
    mode === 'office'
      ? { mode: 'office', office: OFFICE, manager: MANAGER }
      : {
          mode: 'headOffice',
          office: { ...OFFICE, regionCode: 'HQ', officeName: '销售部' },
          manager: MANAGER,
        };
  await must(core.dispatch('setup.initialize', office, anonymous), 'setup');
  const manager = await signedIn(core, 'manager', MANAGER.username, MANAGER.password);
  const callers = [manager, anonymous];
  if (mode === 'office') {
    await must(core.dispatch('people.create', { ...REP, joinedOn: OFFICE.startDate }, manager), 'add rep');
    callers.splice(1, 0, await signedIn(core, 'rep', REP.username, REP.password));
  }
  return {
    core,
    dataDir,
    callers,
    close: () => {
      core.close();
      // The backup module keeps its copies next to the data folder, not inside it.
      for (const dir of [dataDir, `${dataDir}-backups`])
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** table -> SHA-256 of its rows, read through a connection of its own. */
export function tableHashes(dataDir: string): Map<string, string> {
  const sqlite = new Database(join(dataDir, DB_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all() as string[];
    const sums = new Map<string, string>();
    for (const table of tables) {
      const hash = createHash('sha256');
      for (const row of sqlite.prepare(`select * from "${table}"`).raw().iterate()) {
        hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
      }
      sums.set(table, hash.digest('hex'));
    }
    return sums;
  } finally {
    sqlite.close();
  }
}

const CODES = new Set<string>(ERROR_CODES);
const CHINESE = /[\u4e00-\u9fff]/;
const HANG_MS = 10_000;

/** Why an answer breaks the contract's promise to a bad caller, or null when it keeps it. */
export function answerProblem(answer: unknown): string | null {
  if (answer === null || typeof answer !== 'object') return `not an object: ${String(answer)}`;
  const a = answer as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (a.ok === true) return null;
  if (a.ok !== false || !a.error) return 'neither ok nor a typed error';
  const { code, message } = a.error;
  if (typeof code !== 'string' || !CODES.has(code)) return `unknown error code ${String(code)}`;
  if (code === 'INTERNAL') return `INTERNAL: ${String(message)}`;
  if (typeof message !== 'string' || !CHINESE.test(message)) return `message not Chinese: ${String(message)}`;
  return null;
}

/** A short description of a payload for a failure message; safe on deep and huge values. */
function describePayload(value: unknown, budget = 200): string {
  const seen = (v: unknown, depth: number): string => {
    if (depth > 6) return '…';
    if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…(${v.length})` : v);
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (v === undefined) return 'undefined';
    if (Array.isArray(v))
      return `[${v
        .slice(0, 5)
        .map((x) => seen(x, depth + 1))
        .join(',')}${v.length > 5 ? `,…(${v.length})` : ''}]`;
    if (v !== null && typeof v === 'object')
      return `{${Object.entries(v)
        .slice(0, 8)
        .map(([k, x]) => `${JSON.stringify(k.slice(0, 20))}:${seen(x, depth + 1)}`)
        .join(',')}}`;
    return String(v);
  };
  const text = seen(value, 0);
  return text.length > budget ? `${text.slice(0, budget)}…` : text;
}

export interface MethodReport {
  method: string;
  payloads: number;
  oks: number;
  /** Answers that break the contract (INTERNAL, untyped, hang), each with its payload. */
  problems: string[];
  changedTables: string[];
}

function withTimeout<T>(promise: Promise<T>): Promise<T | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)));
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** Sends `count` payloads to one method, the installation's callers taking turns, and reports. */
export async function fuzzMethod(
  inst: FuzzInstallation,
  method: MethodName,
  count: number,
  runSeed: number,
): Promise<MethodReport> {
  const before = tableHashes(inst.dataDir);
  const report: MethodReport = { method, payloads: 0, oks: 0, problems: [], changedTables: [] };
  const schema = contract[method].input;
  const invalidOnly = !READS.has(method);
  let i = 0;
  for (const payload of fuzzPayloads(schema, count, seedFor(runSeed, method), { invalidOnly })) {
    const caller = inst.callers[i % inst.callers.length]!;
    let answer: unknown;
    try {
      answer = await withTimeout(inst.core.dispatch(method, payload.value, caller));
    } catch (err) {
      answer = `threw ${String(err)}`;
    }
    const problem = answer === 'hang' ? 'no answer (hang)' : answerProblem(answer);
    if (problem) {
      report.problems.push(
        `#${i} ${caller.label} ${payload.kind}: ${problem} — ${describePayload(payload.value)}`,
      );
    } else if ((answer as { ok: boolean }).ok) {
      report.oks++;
    }
    if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) {
      report.problems.push(
        `#${i} ${payload.kind}: Object.prototype polluted — ${describePayload(payload.value)}`,
      );
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    report.payloads++;
    i++;
  }
  const after = tableHashes(inst.dataDir);
  for (const [table, hash] of after) if (before.get(table) !== hash) report.changedTables.push(table);
  for (const table of before.keys()) if (!after.has(table)) report.changedTables.push(`${table} (dropped)`);
  return report;
}

/** Every method of the contract, in declaration order. */
export const METHODS = Object.keys(contract) as MethodName[];
