import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Core, openCore } from '../../../src-main/core';
import { call, expectError, expectOk, tableChecksums } from '../../helpers/core-harness';
import { HeldRenderer } from '../../helpers/held-renderer';
import { MONTH, monthOffice } from './month-office';

type Office = Awaited<ReturnType<typeof monthOffice>>['o'];

/**
 * Each test files a week of an office's reports and renders its documents: a few seconds alone,
 * past the default 20 s on a loaded 2-core machine. Nothing here waits on time; the limit only
 * catches a hang, and a job left waiting for a document is reported at once by `ended`.
 */
const OFFICE_WEEK = { timeout: 120_000 };

/**
 * The office's data folder opened by a second core whose Word documents wait for the test: the
 * export job can then be looked at between any two documents, whatever the machine's speed.
 */
async function heldOffice() {
  const { o } = await monthOffice({ weeks: 1 });
  const renderer = new HeldRenderer();
  const core = await openCore({ dataDir: o.dataDir, now: o.clock.now, renderer });
  onTestFinished(() => core.close());
  const preview = expectOk(await call(core, o.manager, 'bundles.preview', { month: MONTH }));
  const documents = preview.included.filter((f) => f.kind === 'document').map((f) => f.title);
  return { o, core, renderer, documents };
}

const view = async (core: Core, o: Office, jobId: string) =>
  expectOk(await call(core, o.manager, 'bundles.job', { jobId }));

/**
 * The job once it has ended. It only ever waits for the renderer, which the test controls: a
 * document left waiting means the job went on rendering when it should not have.
 */
async function ended(core: Core, o: Office, jobId: string, renderer: HeldRenderer) {
  for (;;) {
    const job = await view(core, o, jobId);
    if (job.state !== 'running') return job;
    if (renderer.pending > 0)
      throw new Error(`the job asked for document ${renderer.calls} and waits for it`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the export as a background job', OFFICE_WEEK, () => {
  it('reports progress document by document and ends with the bundle in the outbox', async () => {
    const { o, core, renderer, documents } = await heldOffice();
    expect(documents.length).toBeGreaterThan(1);
    // Each document, then the data file, the summary and the signing.
    const total = documents.length + 3;
    const { jobId } = expectOk(await call(core, o.manager, 'bundles.startExport', { month: MONTH }));

    const first = await renderer.next();
    expect(await view(core, o, jobId)).toMatchObject({ state: 'running', done: 0, label: '准备中' });
    first.release();
    for (let i = 1; i < documents.length; i++) {
      const held = await renderer.next();
      // The bar shows the document just finished and stays there while the next one is held.
      expect(await view(core, o, jobId)).toMatchObject({
        state: 'running',
        done: i,
        total,
        label: documents[i - 1],
      });
      expect(renderer.calls).toBe(i + 1);
      held.release();
    }

    const job = await ended(core, o, jobId, renderer);
    expect(job).toMatchObject({ state: 'done', done: total, total, error: null });
    expect(renderer.calls).toBe(documents.length);
    expect(job.result!.revision).toBe(1);
    expect(existsSync(join(job.result!.outboxDir, job.result!.files[0]!.fileName))).toBe(true);
    // A finished job can no longer be cancelled, and a rep can neither follow nor stop it.
    expect(expectOk(await call(core, o.manager, 'bundles.cancel', { jobId })).cancelled).toBe(false);
    expectError(await call(core, o.wang, 'bundles.job', { jobId }), 'FORBIDDEN');
    expectError(await call(core, o.wang, 'bundles.cancel', { jobId }), 'FORBIDDEN');
  });

  it('stops when cancelled mid-way and leaves the database and the outbox as they were', async () => {
    const { o, core, renderer, documents } = await heldOffice();
    expect(documents.length).toBeGreaterThan(2);
    const before = tableChecksums(o.dataDir);
    const { jobId } = expectOk(await call(core, o.manager, 'bundles.startExport', { month: MONTH }));
    (await renderer.next()).release();
    const second = await renderer.next();

    expect(expectOk(await call(core, o.manager, 'bundles.cancel', { jobId })).cancelled).toBe(true);
    // The document being rendered is finished, then nothing more is started or saved.
    expect(await view(core, o, jobId)).toMatchObject({ state: 'running', done: 1 });
    second.release();
    const job = await ended(core, o, jobId, renderer);
    expect(job).toMatchObject({ state: 'cancelled', result: null, error: null });
    expect(renderer.calls).toBe(2);
    expect(renderer.pending).toBe(0);
    expect(tableChecksums(o.dataDir)).toEqual(before);
    const outbox = join(o.dataDir, 'outbox');
    expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);
    expect(expectOk(await call(core, o.manager, 'bundles.cancel', { jobId })).cancelled).toBe(false);
    expectError(await call(core, o.manager, 'bundles.job', { jobId: 'no-such-job' }), 'NOT_FOUND');
  });

  it('can be cancelled while its first document renders', async () => {
    const { o, core, renderer } = await heldOffice();
    const before = tableChecksums(o.dataDir);
    const { jobId } = expectOk(await call(core, o.manager, 'bundles.startExport', { month: MONTH }));
    const first = await renderer.next();
    expect(expectOk(await call(core, o.manager, 'bundles.cancel', { jobId })).cancelled).toBe(true);
    first.release();
    expect(await ended(core, o, jobId, renderer)).toMatchObject({ state: 'cancelled', result: null });
    expect(renderer.calls).toBe(1);
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(expectOk(await call(core, o.manager, 'bundles.list', {}))).toEqual([]);
  });
});

describe('the mail draft', OFFICE_WEEK, () => {
  it('is an unsent .eml with the ready text and the bundle attached unchanged', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const out = expectOk(await call(o.core, o.manager, 'bundles.export', { month: MONTH }));
    const fileName = out.files[0]!.fileName;
    const made = expectOk(
      await call(o.core, o.manager, 'bundles.eml', { month: MONTH, revision: 1, fileName }),
    );
    expect(made.fileName).toBe(fileName.replace(/\.zip$/, '.eml'));
    const eml = readFileSync(o.core.getFile(made.fileId, o.manager.sessionToken)!.path, 'latin1');
    const [head] = eml.split('\r\n\r\n');
    expect(head).toMatch(/^X-Unsent: 1$/m);
    expect(head).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(eml).toContain(`filename=${fileName}`);
    // The attachment decodes to the exact bytes in the outbox.
    const part = eml.split(/Content-Disposition: attachment; filename=[^\r\n]+\r\n/)[1]!;
    const base64 = part.split('\r\n--')[0]!.replace(/\s/g, '');
    expect(Buffer.from(base64, 'base64').equals(readFileSync(join(out.outboxDir, fileName)))).toBe(true);
    // The body names the region, the month and the checksum.
    const body = eml.split(/Content-Type: text\/plain[^\r\n]*\r\n/)[1]!;
    expect(body).toMatch(/^Content-Transfer-Encoding: base64\r\n/);
    const text = Buffer.from(
      body.split('\r\n\r\n')[1]!.split('\r\n--')[0]!.replace(/\s/g, ''),
      'base64',
    ).toString('utf8');
    expect(text).toContain('华东三区区域 杭州办事处 2026年11月报表数据包见附件');
    expect(text).toContain(out.sha256);
    expectError(
      await call(o.core, o.manager, 'bundles.eml', { month: MONTH, revision: 1, fileName: 'other.zip' }),
      'NOT_FOUND',
    );
  });
});
