import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../src-main/core';
import { createHostServer, SESSION_COOKIE } from '../src-main/host/server';
import { sampleF01Data } from '../tests/fixtures/f01-sample';
import { validateFormData } from '../src-main/core/modules/reports/form-validation';
import { contract } from '../src-shared/contract';
import { F01 } from '../src-shared/domain/forms';
import type { BenchResult } from './documents.bench';

const OFFICE = {
  company: '恒润电器股份有限公司',
  regionCode: 'HD',
  regionName: '华东',
  coverage: '江苏省南京市、镇江市、扬州市',
  officeName: '南京办事处',
  address: '南京市鼓楼区中山北路218号1203室',
  phone: '025-8471 2235',
  fax: '025-8471 2236',
};

const MANAGER = {
  username: 'zhaojun',
  displayName: '赵军',
  password: 'Nj2026-huadong',
  phone: '13905181234',
};

const REP = {
  username: 'liming',
  displayName: '李明',
  role: 'rep',
  password: 'liming-nj-2026',
  phone: '13851702233',
};

/** The day the timed drafts are saved for, and a different day for the warm-up. */
const DAY = '2026-11-26';
const WARMUP_DAY = '2026-11-25';
const CORE_DAY = '2026-11-24';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** A browser tab talking to the host: JSON in, JSON out, carrying its session cookie. */
class Client {
  cookie: string | null = null;

  constructor(private readonly base: string) {}

  async call<T>(method: string, input: unknown): Promise<T> {
    const res = await fetch(`${this.base}/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        // As a browser does: the host refuses a POST that names no origin of its own.
        Origin: this.base,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
      },
      body: JSON.stringify(input),
    });
    const setCookie = res.headers.getSetCookie();
    for (const line of setCookie) {
      const pair = line.split(';')[0]!;
      if (pair.startsWith(`${SESSION_COOKIE}=`)) {
        this.cookie = pair.length > SESSION_COOKIE.length + 1 ? pair : null;
      }
    }
    const body = (await res.json()) as Envelope<T>;
    if (!body.ok) {
      throw new Error(`${method} failed (${res.status} ${body.error?.code}): ${body.error?.message}`);
    }
    return body.value as T;
  }
}

/** The value at a percentile of sorted samples (nearest rank). */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Sequential `reports.saveDraft` round trips through the real HTTP host on loopback: a signed-in
 * rep saves an F01 day of 8 visits again and again, each time from the version the last save returned.
 */
export async function benchHostRoundTrip(options: { rounds?: number } = {}): Promise<BenchResult[]> {
  const rounds = options.rounds ?? 300;
  const warmup = 20;
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-bench-'));
  const staticDir = join(dataDir, 'static');
  mkdirSync(staticDir);
  const core = await openCore({ dataDir: join(dataDir, 'data') });
  const server = createHostServer({ core, staticDir });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;

    await new Client(base).call('setup.initialize', { office: OFFICE, manager: MANAGER });
    const manager = new Client(base);
    await manager.call('auth.signIn', { username: MANAGER.username, password: MANAGER.password });
    if (!manager.cookie) throw new Error('auth.signIn set no session cookie');
    await manager.call('people.create', REP);
    const rep = new Client(base);
    await rep.call('auth.signIn', { username: REP.username, password: REP.password });
    if (!rep.cookie) throw new Error('auth.signIn set no session cookie');

    const data = sampleF01Data(8);
    const save = async (day: string, i: number, expectedVersion: number | null) => {
      const saved = await rep.call<{ version: number }>('reports.saveDraft', {
        formCode: 'F01',
        periodKey: day,
        // Each save carries a slightly different summary, as an editor's autosave would.
        data: { ...data, summary: `${String(data.summary)}\n(第${i + 1}次保存)` },
        expectedVersion,
      });
      return saved.version;
    };

    let version: number | null = null;
    for (let i = 0; i < warmup; i++) version = await save(WARMUP_DAY, i, version);

    const samples: number[] = [];
    // The host's own part of each save: from the request's arrival to the last byte of the answer.
    const inHost: number[] = [];
    const timeHost = (_req: unknown, res: import('node:http').ServerResponse) => {
      const t0 = performance.now();
      res.once('finish', () => inHost.push(performance.now() - t0));
    };
    server.prependListener('request', timeHost);
    version = null;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      version = await save(DAY, i, version);
      samples.push(performance.now() - t0);
    }
    server.removeListener('request', timeHost);
    inHost.sort((a, b) => a - b);
    const elapsedMs = performance.now() - started;
    if (version !== rounds) throw new Error(`expected version ${rounds} after the last save, got ${version}`);

    samples.sort((a, b) => a - b);
    const bare = bareInsert(dataDir, JSON.stringify(data), rounds);

    // Where a save's time goes: the same save without HTTP (the core's dispatch: session, input
    // check, handler, database), its form check alone, and an HTTP round trip that does no work.
    const token = rep.cookie.slice(SESSION_COOKIE.length + 1);
    const caller = {
      transport: 'http' as const,
      sessionToken: token,
      setSessionToken: () => undefined,
      clientKey: 'bench',
    };
    const inCore: number[] = [];
    let coreVersion: number | null = null;
    for (let i = 0; i < rounds + warmup; i++) {
      const t0 = performance.now();
      const result = await core.dispatch(
        'reports.saveDraft',
        {
          formCode: 'F01',
          periodKey: CORE_DAY,
          data: { ...data, summary: `${String(data.summary)}(${i})` },
          expectedVersion: coreVersion,
        },
        caller,
      );
      if (i >= warmup) inCore.push(performance.now() - t0);
      if (!result.ok) throw new Error(`core save failed: ${result.error.message}`);
      coreVersion = (result.value as { version: number }).version;
    }
    const check: number[] = [];
    for (let i = 0; i < rounds + warmup; i++) {
      const t0 = performance.now();
      contract['reports.saveDraft'].input.parse({
        formCode: 'F01',
        periodKey: DAY,
        data,
        expectedVersion: 1,
      });
      validateFormData(F01, data, 'draft');
      if (i >= warmup) check.push(performance.now() - t0);
    }
    const empty: number[] = [];
    for (let i = 0; i < rounds + warmup; i++) {
      const t0 = performance.now();
      await rep.call('auth.me', {});
      if (i >= warmup) empty.push(performance.now() - t0);
    }
    for (const list of [inCore, check, empty]) list.sort((a, b) => a - b);
    const steps: BenchResult[] = [
      {
        name: 'host.save.step.host.p50',
        value: round(percentile(inHost, 50)),
        unit: 'ms',
        note: `the host's part of the HTTP save (request in to answer out), the rest is the client; p99 ${round(percentile(inHost, 99))} ms`,
      },
      {
        name: 'host.save.step.http_empty.p50',
        value: round(percentile(empty, 50)),
        unit: 'ms',
        note: 'auth.me over HTTP: request, session, reply and the client, no work',
      },
      {
        name: 'host.save.step.core.p50',
        value: round(percentile(inCore, 50)),
        unit: 'ms',
        note: `the same save through core.dispatch, no HTTP; p99 ${round(percentile(inCore, 99))} ms`,
      },
      {
        name: 'host.save.step.check.p50',
        value: round(percentile(check, 50)),
        unit: 'ms',
        note: 'its input checks alone: the contract (zod) and the form’s draft schema',
      },
    ];
    const p50 = percentile(samples, 50);
    const note = `${rounds} sequential saves, F01 8 visits, loopback`;
    return [
      {
        name: 'host.save_draft.p50',
        value: round(p50),
        unit: 'ms',
        note: `${note}; ${round(p50 / bare.p50)} × the bare insert`,
        goal: { atMost: 2 },
      },
      {
        name: 'host.save_draft.p99',
        value: round(percentile(samples, 99)),
        unit: 'ms',
        note,
        goal: { atMost: 8 },
      },
      {
        name: 'host.bare_insert.p50',
        value: round(bare.p50),
        unit: 'ms',
        note: `floor: one row of the same JSON into a bare SQLite table, WAL + synchronous=FULL; p99 ${round(bare.p99)} ms`,
      },
      {
        name: 'host.save_draft.req_per_s',
        value: round((rounds * 1000) / elapsedMs),
        unit: 'req/s',
        note: 'one client, one request at a time',
      },
      ...steps,
    ];
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    core.close();
    await new Promise((resolve) => setImmediate(resolve));
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** What a save costs SQLite alone: one committed insert of the same content, in the same folder. */
function bareInsert(dir: string, content: string, rounds: number): { p50: number; p99: number } {
  const db = new Database(join(dir, 'bare.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, content TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (content) VALUES (?)');
    const samples: number[] = [];
    for (let i = 0; i < rounds + 20; i++) {
      const t0 = performance.now();
      insert.run(`${content}${i}`);
      if (i >= 20) samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  } finally {
    db.close();
  }
}
