import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../src-main/core/platform/worker-pool';
import { buildDocument } from '../../../src-shared/documents/build-document';
import { getForm } from '../../../src-shared/domain/forms';
import { openDocx } from '../print/docx-text';
import { f01Data, f01Meta } from '../documents/f01-fixture';

const ROOT = resolve(__dirname, '../../..');
const OUT = join(ROOT, 'out/host');

// `npm run serve` runs the host built by scripts/build-host.mjs, not the sources the other tests load.
describe('the built host (npm run serve)', () => {
  let child: ChildProcess | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-bundled-'));

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-host.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  });

  it('starts from out/host/main.cjs and answers the API', async () => {
    child = spawn(process.execPath, [join(OUT, 'main.cjs'), '--port', '0', '--data-dir', dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const base = await new Promise<string>((done, fail) => {
      let out = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) done(`http://127.0.0.1:${m[1]}`);
      });
      child!.once('exit', (code) => fail(new Error(`host exited (${code}): ${out}`)));
    });
    const res = await fetch(`${base}/api/setup.status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { configured: false } });
  }, 30_000);

  it('renders Word documents in its built worker, without tsx', async () => {
    const pool = new WorkerPool({ workerPath: join(OUT, 'worker.cjs'), execArgv: [], size: 1 });
    try {
      const bytes = await pool.render([buildDocument(getForm('F01'), f01Data(), f01Meta())]);
      const docx = openDocx(bytes);
      expect(docx.document).toContain('走访表');
      expect(docx.headers.join('')).toContain('F01');
    } finally {
      await pool.close();
    }
  }, 30_000);
});
