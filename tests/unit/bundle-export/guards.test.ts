import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinParts, readBundle } from '../../../src-main/core/platform/bundle-format';
import { exportMonthBundle } from '../../../src-main/core/modules/bundles/bundle-export';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { visitDay } from '../core/f01-fixtures';
import { file, travel } from '../reports/office';
import { EXPORT_AT, MONTH, managerDeps, officePublicKey } from './month-office';

/** An office with a few approved reports of November, at the moment of export. */
async function smallOffice() {
  const o = await startOffice('2026-11-27T02:00:00.000Z');
  const ids = [
    (await file(o, o.wang, 'F01', '2026-11-26', visitDay())).id,
    (await file(o, o.wang, 'F01', '2026-11-27', visitDay())).id,
    (await file(o, o.li, 'F01', '2026-11-27', visitDay())).id,
  ];
  await travel(o, '2026-12-02T02:00:00.000Z');
  ids.push((await file(o, o.wang, 'F04', MONTH, f04Sample())).id);
  await travel(o, EXPORT_AT);
  expectOk(await call(o.core, o.manager, 'reports.approveMany', { ids, comment: '' }));
  return o;
}

describe('bundles: who may export, and which months', () => {
  it('lets only the manager preview, export or list', async () => {
    const o = await smallOffice();
    for (const who of [o.wang, o.clerk]) {
      expectError(await call(o.core, who, 'bundles.preview', { month: MONTH }), 'FORBIDDEN');
      expectError(await call(o.core, who, 'bundles.export', { month: MONTH }), 'FORBIDDEN');
      expectError(await call(o.core, who, 'bundles.list', {}), 'FORBIDDEN');
    }
  });

  it('refuses a malformed month, a month not yet begun and a part size below 1 KB', async () => {
    const o = await smallOffice();
    for (const month of ['2026-13', '2026-1', '202611', '', 202611]) {
      const result = await callRaw(o.core, o.manager, 'bundles.export', { month });
      expect(expectError(result, 'BAD_INPUT').message).toMatch(/月份/);
    }
    const future = await call(o.core, o.manager, 'bundles.preview', { month: '2027-01' });
    expect(expectError(future, 'BAD_INPUT').message).toContain('尚未开始');
    const tiny = await call(o.core, o.manager, 'bundles.export', { month: MONTH, maxPartBytes: 100 });
    expect(expectError(tiny, 'BAD_INPUT').message).toContain('分卷大小');
    expectError(await callRaw(o.core, o.manager, 'bundles.export', { month: MONTH, extra: 1 }), 'BAD_INPUT');
    // December has begun in the office: it may be previewed, with what is missing so far.
    const december = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: '2026-12' }));
    expect(december.reportCount).toBe(0);
    expect(december.gaps.some((g) => g.formCode === 'F01' && g.periodKey === '2026-12-01')).toBe(true);
    expect(readdirSync(o.dataDir)).not.toContain('outbox');
  });
});

describe('bundles: cancelling and splitting', () => {
  it('writes nothing when cancelled before the files are saved', async () => {
    const o = await smallOffice();
    const before = tableChecksums(o.dataDir);
    const { deps, actor, close } = managerDeps(o);
    try {
      const controller = new AbortController();
      const steps: string[] = [];
      const run = exportMonthBundle(deps, actor, MONTH, {
        signal: controller.signal,
        onProgress: (done, total, label) => {
          steps.push(`${done}/${total} ${label}`);
          if (done === 1) controller.abort();
        },
      });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(steps).toHaveLength(1);
      // Cancelled at the very last step as well.
      const late = new AbortController();
      const atSigning = exportMonthBundle(deps, actor, MONTH, {
        signal: late.signal,
        onProgress: (done, total) => done === total && late.abort(),
      });
      await expect(atSigning).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await close();
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(existsSync(join(o.dataDir, 'outbox')) ? readdirSync(join(o.dataDir, 'outbox')) : []).toEqual([]);
  });

  it('splits a bundle above maxPartBytes into numbered parts that join and verify', async () => {
    const o = await smallOffice();
    const out = expectOk(
      await call(o.core, o.manager, 'bundles.export', { month: MONTH, maxPartBytes: 20_000 }),
    );
    const count = out.files.length;
    expect(count).toBeGreaterThan(2);
    expect(out.files.map((f) => f.fileName)).toEqual(
      Array.from({ length: count }, (_, i) => `HD-03-${MONTH}-r1.part${i + 1}of${count}.zip`),
    );
    expect(out.files.every((f) => f.bytes <= 20_000)).toBe(true);
    expect(readdirSync(out.outboxDir).sort()).toEqual(out.files.map((f) => f.fileName).sort());
    const parts = out.files.map((f) => readFileSync(join(out.outboxDir, f.fileName))).reverse();
    const key = await officePublicKey(o);
    const bundle = await readBundle(joinParts(parts), {
      trustedKeys: [{ officeCode: key.officeCode, publicKeyPem: key.publicKeyPem }],
      expectedPeriod: MONTH,
    });
    expect([...bundle.files.keys()]).toContain(`docs/F01-${MONTH}-rep${o.wangId}-month.docx`);
    const [listed] = expectOk(await call(o.core, o.manager, 'bundles.list', {}));
    expect(listed!.files).toEqual(out.files);
    expect(listed!.sha256).toBe(out.sha256);
  });

  it('refuses a second export of the same month while one is running', async () => {
    const o = await smallOffice();
    const [a, b] = await Promise.all([
      call(o.core, o.manager, 'bundles.export', { month: MONTH }),
      call(o.core, o.manager, 'bundles.export', { month: MONTH }),
    ]);
    const results = [a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    expect(results).toEqual(['CONFLICT', 'ok']);
    expect(readdirSync(join(o.dataDir, 'outbox'))).toEqual([`HD-03-${MONTH}-r1.zip`]);
  });
});
