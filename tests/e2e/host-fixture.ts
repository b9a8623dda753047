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
}

async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
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
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
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
  return { child, url };
}

async function withHost(use: (host: Host) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-e2e-'));
  const { child, url } = await startHost(dataDir);
  await use({
    url,
    dataDir,
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
}

/**
 * Each test gets its own host on a free port with a fresh data folder; a test that also needs
 * head office (销售部) asks for `headOfficeHost`, a second host with its own folder.
 */
export const test = base.extend<{ host: Host; headOfficeHost: Host }>({
  // Playwright reads the fixture's dependencies from this destructuring, even when empty.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => withHost(use),
  // eslint-disable-next-line no-empty-pattern
  headOfficeHost: async ({}, use) => withHost(use),
});

export { expect } from '@playwright/test';
