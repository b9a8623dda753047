import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openCore } from '../../../src-main/core';
import { call, expectOk, TEST_WORKER } from '../../helpers/core-harness';
import { MONTH, MONTH_OF_WORK, monthOffice } from '../bundle-export/month-office';
import { registerKeyFile, startHeadOffice, uploadAll } from './head-office';

/**
 * The month's bundle is packed (data checked, summary written, signed, zipped) and head office's
 * check of it runs in the core's worker threads: the same results as on the calling thread, and
 * a refusal still says why.
 */
describe('bundles packed and checked in worker threads', MONTH_OF_WORK, () => {
  it('exports at the office and imports at head office as on one thread, refusals and all', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const office = await openCore({
      dataDir: o.dataDir,
      now: o.clock.now,
      worker: TEST_WORKER,
      paperWarmDelayMs: null,
    });
    onTestFinished(() => office.close());
    const out = expectOk(await call(office, o.manager, 'bundles.export', { month: MONTH }));
    const files = out.files.map((f) => ({
      name: f.fileName,
      bytes: readFileSync(join(out.outboxDir, f.fileName)),
    }));
    const keyFile = expectOk(await call(office, o.manager, 'keys.exportPublic', {}));
    const keyText = readFileSync(office.getFile(keyFile.fileId, o.manager.sessionToken)!.path, 'utf8');

    // The same bundle, tampered with: one byte of the zip changed.
    const tampered = Buffer.from(files[0]!.bytes);
    tampered[Math.floor(tampered.length / 2)]! ^= 0xff;

    const outcomes = [];
    for (const worker of [true, false]) {
      const hq = await startHeadOffice(undefined, { worker });
      await registerKeyFile(hq.core, hq.admin, keyText);
      const bad = await uploadAll(hq.core, hq.admin, [{ name: files[0]!.name, bytes: tampered }]);
      const [refused] = expectOk(await call(hq.core, hq.admin, 'hq.import.inspect', { uploadIds: bad }));
      const good = await uploadAll(hq.core, hq.admin, files);
      const [inspected] = expectOk(await call(hq.core, hq.admin, 'hq.import.inspect', { uploadIds: good }));
      const imported = expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: good }));
      const bundle = expectOk(
        await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: imported.bundleId }),
      );
      // Upload ids are new at every upload; everything else must be the same.
      outcomes.push({
        refused: { ...refused!, uploadIds: [] },
        inspected: { ...inspected!, uploadIds: [] },
        imported,
        bundle,
      });
    }
    const [inWorker, inProcess] = outcomes;
    expect(inWorker!.refused).toMatchObject({ state: 'rejected' });
    expect(inWorker!.refused.reason).toBe('crc-mismatch');
    expect(inWorker!.refused).toEqual(inProcess!.refused);
    expect(inWorker!.inspected).toMatchObject({ state: 'ready', period: MONTH, revision: 1 });
    expect(inWorker!.inspected).toEqual(inProcess!.inspected);
    expect(inWorker!.imported).toMatchObject({ outcome: 'imported', reportCount: out.reportCount });
    const { bundleId: _a, ...a } = inWorker!.imported;
    const { bundleId: _b, ...b } = inProcess!.imported;
    expect(a).toEqual(b);
    expect(JSON.stringify(inWorker!.bundle).length).toBe(JSON.stringify(inProcess!.bundle).length);
  });
});
