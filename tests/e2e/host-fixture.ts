import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

export interface Host {
  url: string;
  dataDir: string;
  /** Moves the host's clock (the app's notion of now) to an instant. */
  setClock(iso: string): Promise<void>;
  /** What the host has printed so far (its addresses, the LAN certificate's fingerprint). */
  output(): string;
}

async function startHost(
  dataDir: string,
  extraArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const root = resolve(__dirname, '../..');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'src-main/host/main.ts'),
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--test-clock',
      ...extraArgs,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}

async function withHost(
  use: (host: Host) => Promise<void>,
  extraArgs: readonly string[] = [],
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-e2e-'));
  const { child, url, output } = await startHost(dataDir, extraArgs);
  await use({
    url,
    dataDir,
    output,
    setClock: async (iso) => {
      const res = await fetch(`${url}/__test__/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: url },
        body: JSON.stringify({ now: iso }),
      });
      if (!res.ok) throw new Error(`clock: ${res.status}`);
    },
  });
  child.kill();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-backups`, { recursive: true, force: true });
}

/**
 * Each test gets its own host on a free port with a fresh data folder; a test that also needs
 * head office (销售部) asks for `headOfficeHost`, a second host with its own folder.
 */
export const test = base.extend<{ host: Host; headOfficeHost: Host; hostArgs: string[] }>({
  /** More command-line options for `host`, e.g. `test.use({ hostArgs: ['--lan'] })`. */
  hostArgs: [[], { option: true }],
  host: async ({ hostArgs }, use) => withHost(use, hostArgs),
  // Playwright reads the fixture's dependencies from this destructuring, even when empty.
  // eslint-disable-next-line no-empty-pattern
  headOfficeHost: async ({}, use) => withHost(use),
});

export { expect } from '@playwright/test';
