import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { sampleF01Data } from '../tests/fixtures/f01-sample';
import { Random } from '../tests/helpers/fuzz-payloads';
import type { BenchResult } from './documents.bench';

/**
 * Crash soak: the real host (its own process, as `npm run serve` runs it) takes F01 draft saves
 * from several clients at once and is killed with SIGKILL at a random moment, so nothing closes
 * gracefully. Restarted on the same data folder, every save it had answered ok must be there with
 * exactly the content it answered with, and `PRAGMA integrity_check` must say ok.
 */

const ROOT = resolve(__dirname, '..');
const DB_FILE = 'regiondesk.sqlite';
const IN_FLIGHT = 6;
const OFFICE = {
  company: '恒润电器股份有限公司',
  regionCode: 'HD',
  regionName: '华东',
  coverage: '江苏省南京市、镇江市',
  officeName: '南京办事处',
  address: '南京市鼓楼区中山北路218号',
  phone: '025-84712235',
  fax: '025-84712236',
};
const MANAGER = { username: 'zhaojun', displayName: '赵军', password: 'Nj2026-huadong', phone: '' };
const REP = { username: 'liming', displayName: '李明', role: 'rep', password: 'liming-nj-2026', phone: '' };

export interface Host {
  child: ChildProcess;
  base: string;
}

/** The host from its sources under tsx, as the tests run it. */
const FROM_SOURCE = ['--import', 'tsx', join(ROOT, 'src-main/host/main.ts')];

/** Starts the host (by default src-main/host/main.ts under tsx) in a process group of its own, on a free port. */
export async function startHost(dataDir: string, entry: string[] = FROM_SOURCE): Promise<Host> {
  const child = spawn(process.execPath, [...entry, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = await new Promise<string>((resolveBase, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (m) resolveBase(`http://127.0.0.1:${m[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`host exited (${code}) before listening: ${stderr}`)));
  });
  return { child, base };
}

/** SIGKILL to the host's whole process group: no handler runs, no database is closed. */
async function killHost(host: Host): Promise<void> {
  const exited = new Promise((done) => host.child.once('exit', done));
  process.kill(-host.child.pid!, 'SIGKILL');
  await exited;
}

interface Answer {
  ok: boolean;
  value?: { data?: unknown; version?: number };
  error?: { code: string; message: string };
}

async function post(base: string, method: string, input: unknown, cookie?: string) {
  const res = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  });
  const setCookie = res.headers.getSetCookie()[0]?.split(';')[0];
  return { body: (await res.json()) as Answer, setCookie };
}

export async function must(base: string, method: string, input: unknown, cookie?: string) {
  const r = await post(base, method, input, cookie);
  if (!r.body.ok) throw new Error(`${method}: ${r.body.error?.code} ${r.body.error?.message}`);
  return r;
}

/** The same JSON text for equal values whatever their keys' order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** A day of its own for every save, so each acknowledged save is one report to look for. */
function dayOf(n: number): string {
  return new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

interface Acknowledged {
  periodKey: string;
  data: string;
}

export interface SoakFigures {
  seed: number;
  trials: number;
  acknowledged: number;
  lost: number;
  integrityFailures: number;
}

export async function runSoak(options: { seed?: number; trials?: number } = {}): Promise<SoakFigures> {
  const seed = options.seed ?? Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
  const trials = options.trials ?? 20;
  // Separate sequences: when a kill comes must not depend on how many saves got through before.
  const killAt = new Random(seed);
  const content = new Random(seed + 1);
  console.log(`soak: seed ${seed} (SOAK_SEED=${seed} repeats it), ${trials} trials, ${IN_FLIGHT} in flight`);
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-soak-'));
  const acked: Acknowledged[] = [];
  const figures: SoakFigures = { seed, trials, acknowledged: 0, lost: 0, integrityFailures: 0 };
  let host = await startHost(dataDir);
  try {
    // The wizard accepts a start up to a year back; the saves' days may lie before or after it.
    const startDate = new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10);
    await must(host.base, 'setup.initialize', { office: { ...OFFICE, startDate }, manager: MANAGER });
    const manager = (
      await must(host.base, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password })
    ).setCookie;
    await must(host.base, 'people.create', { ...REP, joinedOn: startDate }, manager);
    // Sessions live in the database, so the rep's cookie outlives every restart.
    const rep = (await must(host.base, 'auth.signIn', { username: REP.username, password: REP.password }))
      .setCookie;
    const base = sampleF01Data(4);
    let next = 0;

    for (let trial = 0; trial < trials; trial++) {
      let killed = false;
      const client = async () => {
        while (!killed) {
          const n = next++;
          const data = {
            ...base,
            summary: `第${trial + 1}轮第${n}次保存 ${content.next().toString(36).slice(2)}`,
          };
          try {
            const r = await post(
              host.base,
              'reports.saveDraft',
              { formCode: 'F01', periodKey: dayOf(n), data, expectedVersion: null },
              rep,
            );
            if (!r.body.ok) throw new Error(`save refused: ${r.body.error?.code} ${r.body.error?.message}`);
            acked.push({ periodKey: dayOf(n), data: canonical(r.body.value!.data) });
          } catch (err) {
            if (killed) return; // the connection died with the host: not acknowledged
            throw err;
          }
        }
      };
      // A client's failure is kept, not left as an unhandled rejection until the kill is over.
      const clients = Array.from({ length: IN_FLIGHT }, () =>
        client().then(
          () => null,
          (err: unknown) => err,
        ),
      );
      await new Promise((done) => setTimeout(done, 50 + killAt.int(700)));
      killed = true;
      await killHost(host);
      const failed = (await Promise.all(clients)).find((err) => err !== null);
      if (failed) throw failed;

      host = await startHost(dataDir);
      const integrity = new Database(join(dataDir, DB_FILE), { readonly: true, fileMustExist: true });
      try {
        if (integrity.pragma('integrity_check', { simple: true }) !== 'ok') figures.integrityFailures++;
      } finally {
        integrity.close();
      }
      // Every save acknowledged so far, this trial's and all earlier ones, after each crash.
      for (const save of acked) {
        const r = await post(host.base, 'reports.find', { formCode: 'F01', periodKey: save.periodKey }, rep);
        if (!r.body.ok || !r.body.value || canonical(r.body.value.data) !== save.data) {
          figures.lost++;
          console.error(`soak: save for ${save.periodKey} lost or changed after trial ${trial + 1}`);
        }
      }
    }
    figures.acknowledged = acked.length;
    return figures;
  } finally {
    await killHost(host).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** The soak as a bench section: its figures as rows; a loss or a failed check fails the bench. */
export async function benchSoak(): Promise<BenchResult[]> {
  const started = performance.now();
  const f = await runSoak();
  const note = `seed ${f.seed}, SIGKILL mid-save, ${IN_FLIGHT} in flight`;
  const rows: BenchResult[] = [
    { name: 'soak.trials', value: f.trials, unit: '次', note },
    { name: 'soak.acknowledged_saves', value: f.acknowledged, unit: '次', note: 'answered ok before a kill' },
    { name: 'soak.lost', value: f.lost, unit: '次', note: 'must be 0' },
    { name: 'soak.integrity_failures', value: f.integrityFailures, unit: '次', note: 'must be 0' },
    { name: 'soak.time', value: Math.round((performance.now() - started) / 100) / 10, unit: 's', note: '' },
  ];
  if (f.lost || f.integrityFailures) {
    console.table(rows);
    throw new Error(`soak: ${f.lost} acknowledged save(s) lost, ${f.integrityFailures} integrity failure(s)`);
  }
  return rows;
}

if (require.main === module) {
  runSoak().then(
    (f) => {
      console.table([
        {
          trials: f.trials,
          acknowledged: f.acknowledged,
          lost: f.lost,
          integrityFailures: f.integrityFailures,
          seed: f.seed,
        },
      ]);
      process.exitCode = f.lost || f.integrityFailures ? 1 : 0;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
