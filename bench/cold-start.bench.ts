import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './documents.bench';
import { type Host, must, startHost } from './soak';
import { DB_FILE_NAME } from '../src-main/core/db/open-database';

const OFFICE = {
  company: '恒润电器股份有限公司',
  regionCode: 'HD',
  regionName: '华东',
  coverage: '江苏省南京市',
  officeName: '南京办事处',
  address: '南京市鼓楼区中山北路218号',
  phone: '025-8471 2235',
  fax: '025-8471 2236',
};
const MANAGER = { username: 'zhaojun', displayName: '赵军', password: 'Nj2026-huadong', phone: '' };

/** Stops the host as a user closing it does, so the next start finds a database that is up to date. */
async function stopHost(host: Host): Promise<void> {
  const exited = new Promise((done) => host.child.once('exit', done));
  process.kill(-host.child.pid!, 'SIGTERM');
  await exited;
}

/**
 * Cold start: the time from starting the host process as `npm run serve` runs it (the build in
 * out/host) on an office that is set up and up to date, until its first API call is answered.
 */
export async function benchColdStart(options: { trials?: number } = {}): Promise<BenchResult[]> {
  const trials = options.trials ?? 5;
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-cold-'));
  execFileSync(process.execPath, [join(__dirname, '../scripts/build-host.mjs')], { stdio: 'pipe' });
  const built = ['--enable-source-maps', join(__dirname, '../out/host/main.cjs')];
  const start = () => startHost(dataDir, built);
  try {
    // Set up once, and start once more so the day's first backup is already made.
    const first = await start();
    await must(first.base, 'setup.initialize', { office: OFFICE, manager: MANAGER });
    await stopHost(first);
    await stopHost(await start());

    const listening: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < trials; i++) {
      const t0 = performance.now();
      const host = await start();
      listening.push(performance.now() - t0);
      await must(host.base, 'auth.me', {});
      answered.push(performance.now() - t0);
      await stopHost(host);
    }
    answered.sort((a, b) => a - b);
    listening.sort((a, b) => a - b);
    const median = (list: number[]) => list[Math.floor(list.length / 2)]!;
    const dbMb = statSync(join(dataDir, DB_FILE_NAME)).size / 1024 / 1024;
    return [
      {
        name: 'host.cold_start.first_answer',
        value: Math.round(median(answered)),
        unit: 'ms',
        note:
          `start of the process to the first API answer, median of ${trials}; max ${Math.round(answered.at(-1)!)} ms; ` +
          `listening after ${Math.round(median(listening))} ms; an up-to-date office database of ${dbMb.toFixed(1)} MB; the built host (out/host)`,
        goal: { atMost: 1000 },
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
