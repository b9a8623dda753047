import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, tableChecksums } from '../../helpers/core-harness';
import { MONTH, monthOffice } from './month-office';

type Office = Awaited<ReturnType<typeof monthOffice>>['o'];

async function waitForJob(o: Office, jobId: string) {
  const seen: number[] = [];
  for (;;) {
    const job = expectOk(await call(o.core, o.manager, 'bundles.job', { jobId }));
    seen.push(job.done);
    if (job.state !== 'running') return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the export as a background job', () => {
  it('reports progress step by step and ends with the bundle in the outbox', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const { jobId } = expectOk(await call(o.core, o.manager, 'bundles.startExport', { month: MONTH }));
    const { job, seen } = await waitForJob(o, jobId);
    expect(job.state).toBe('done');
    expect(job.done).toBe(job.total);
    expect(job.total).toBeGreaterThan(3);
    // The screen saw it move, not jump from nothing to everything.
    expect(new Set(seen).size).toBeGreaterThan(2);
    expect(job.result!.revision).toBe(1);
    expect(existsSync(join(job.result!.outboxDir, job.result!.files[0]!.fileName))).toBe(true);
    // A rep can neither follow nor stop the manager's export.
    expectError(await call(o.core, o.wang, 'bundles.job', { jobId }), 'FORBIDDEN');
  });

  it('stops when cancelled and leaves the database and the outbox as they were', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const before = tableChecksums(o.dataDir);
    const { jobId } = expectOk(await call(o.core, o.manager, 'bundles.startExport', { month: MONTH }));
    expect(expectOk(await call(o.core, o.manager, 'bundles.cancel', { jobId })).cancelled).toBe(true);
    const { job } = await waitForJob(o, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.result).toBeNull();
    expect(tableChecksums(o.dataDir)).toEqual(before);
    const outbox = join(o.dataDir, 'outbox');
    expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);
    expect(expectOk(await call(o.core, o.manager, 'bundles.cancel', { jobId })).cancelled).toBe(false);
    expectError(await call(o.core, o.manager, 'bundles.job', { jobId: 'no-such-job' }), 'NOT_FOUND');
  });
});

describe('the mail draft', () => {
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
