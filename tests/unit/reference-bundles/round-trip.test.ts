import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
  queryRows,
} from '../../helpers/core-harness';
import {
  importConfirmed,
  nextSeq,
  openDb,
  publish,
  referenceRows,
  shipment,
  startHq,
  upload,
} from './reference-fixture';
import { startHeadOffice } from '../head-office/head-office';

describe('head office’s signing key for reference bundles', () => {
  it('is made on first need, kept in the data folder, and the same on every call', async () => {
    const hq = await startHq();
    const first = expectOk(await call(hq.core, hq.admin, 'refBundles.key', {}));
    expect(first.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(expectOk(await call(hq.core, hq.admin, 'refBundles.key', {}))).toEqual(first);
    const pem = await queryRows(hq, "select value from settings where key = 'headOfficeKey'");
    expect(pem).toHaveLength(1);
    expect(String(pem[0]!.value)).not.toContain('PRIVATE');
  });
});

describe('a reference bundle from head office to an office', () => {
  it('carries everything in a full bundle, and only the changes in an incremental one', async () => {
    const hq = await startHq();
    const o = await startOffice();
    const office = openDb(o.dbFile);

    const full = await publish(hq, { mode: 'full' });
    expect(full).toMatchObject({
      mode: 'full',
      fromSeq: 0,
      toSeq: 1,
      counts: { products: 2, prices: 2, dealers: 2, shipments: 3 },
      fileName: 'reference-full-0-1.zip',
    });
    expect(expectOk(await call(hq.core, hq.admin, 'refBundles.publishState', {}))).toEqual({
      seq: 1,
      publishedSeq: 1,
    });

    // First import: the key is shown for comparison, then registered once confirmed.
    const uploadId = await upload(o.core, o.manager, full.zip);
    const seen = expectOk(await call(o.core, o.manager, 'refBundles.inspect', { uploadId }));
    const key = expectOk(await call(hq.core, hq.admin, 'refBundles.key', {}));
    expect(seen).toMatchObject({ state: 'unknownKey', fingerprint: key.fingerprint, mode: 'full', toSeq: 1 });
    const refused = expectError(
      await call(o.core, o.manager, 'refBundles.import', { uploadId }),
      'BAD_INPUT',
    );
    expect(refused.fields?.bundle).toBe('unknown-head-office');
    const imported = expectOk(
      await call(o.core, o.manager, 'refBundles.import', { uploadId, trustFingerprint: key.fingerprint }),
    );
    expect(imported).toMatchObject({ mode: 'full', toSeq: 1, registeredFingerprint: key.fingerprint });
    expect(await referenceRows(office)).toEqual(await referenceRows(hq.db));
    const rows = await referenceRows(office);
    expect(expectOk(await call(o.core, o.manager, 'refBundles.state', {}))).toEqual({
      seq: 1,
      headOfficeFingerprint: key.fingerprint,
      importedAt: o.clock.now().toISOString(),
      counts: {
        products: rows.products.length,
        prices: rows.prices.length,
        dealers: rows.dealers.length,
        shipments: rows.shipments.length,
      },
    });

    // Change 2 raises a price and adds a shipment line; change 3 stops a dealer and edits a line.
    const two = await nextSeq(hq.db);
    await hq.db
      .insertInto('ref_prices')
      .values({ product_code: 'P1001', effective_from: '2026-11-01', price_fen: 13_500, seq: two })
      .execute();
    await hq.db
      .insertInto('ref_shipments')
      .values(shipment('FH2611002', 1, two))
      .execute();
    const three = await nextSeq(hq.db);
    await hq.db
      .updateTable('ref_dealers')
      .set({
        agreement_status: 'suspended',
        shipment_stop_from: '2026-11-20',
        shipment_stop_reason: '窜货',
        seq: three,
      })
      .where('code', '=', 'DL-NB02')
      .execute();
    await hq.db
      .updateTable('ref_shipments')
      .set({ quantity: 40, seq: three })
      .where('doc_no', '=', 'FH2610001')
      .where('line_no', '=', 2)
      .execute();

    const inc = await publish(hq, { mode: 'incremental' });
    expect(inc).toMatchObject({
      mode: 'incremental',
      fromSeq: 1,
      toSeq: 3,
      counts: { products: 0, prices: 1, dealers: 1, shipments: 2 },
    });
    const result = await importConfirmed(o, inc.zip);
    expect(result).toMatchObject({ mode: 'incremental', fromSeq: 1, toSeq: 3, registeredFingerprint: null });
    expect(await referenceRows(office)).toEqual(await referenceRows(hq.db));
    expect(readRows(o.dbFile, 'select seq from ref_state')).toEqual([{ seq: 3 }]);
  });

  it('replaces the office’s copy with a newer full bundle, and skips an incremental one it already has', async () => {
    const hq = await startHq();
    const o = await startOffice();
    const office = openDb(o.dbFile);
    await importConfirmed(o, (await publish(hq, { mode: 'full' })).zip);
    // A row head office never sent is gone after a full bundle.
    await office
      .insertInto('ref_shipments')
      .values(shipment('LOCAL-1', 1, 1))
      .execute();
    const two = await nextSeq(hq.db);
    await hq.db
      .insertInto('ref_shipments')
      .values(shipment('FH2611002', 1, two))
      .execute();
    const inc = await publish(hq, { mode: 'incremental' });
    const full = await publish(hq, { mode: 'full' });
    expect(full).toMatchObject({ fromSeq: 0, toSeq: 2, counts: { shipments: 4 } });
    expect(await importConfirmed(o, full.zip)).toMatchObject({ mode: 'full', toSeq: 2 });
    expect(await referenceRows(office)).toEqual(await referenceRows(hq.db));

    const uploadId = await upload(o.core, o.manager, inc.zip);
    const seen = expectOk(await call(o.core, o.manager, 'refBundles.inspect', { uploadId }));
    expect(seen).toMatchObject({ state: 'rejected', reason: 'older-sequence', currentSeq: 2 });
  });

  it('has nothing to publish before any reference data, nor after it was all published', async () => {
    const empty = await startHeadOffice();
    expectError(await call(empty.core, empty.admin, 'refBundles.publish', { mode: 'full' }), 'INVALID_STATE');
    const hq = await startHq();
    await publish(hq, { mode: 'incremental' });
    const again = expectError(
      await call(hq.core, hq.admin, 'refBundles.publish', { mode: 'incremental' }),
      'INVALID_STATE',
    );
    expect(again.message).toContain('全量');
    expectOk(await call(hq.core, hq.admin, 'refBundles.publish', { mode: 'full' }));
  });

  it('imports as a job whose progress ends at every row', async () => {
    const hq = await startHq();
    const o = await startOffice();
    const full = await publish(hq, { mode: 'full' });
    const key = expectOk(await call(hq.core, hq.admin, 'refBundles.key', {}));
    const uploadId = await upload(o.core, o.manager, full.zip);
    const { jobId } = expectOk(
      await call(o.core, o.manager, 'refBundles.startImport', {
        uploadId,
        trustFingerprint: key.fingerprint,
      }),
    );
    let job = expectOk(await call(o.core, o.manager, 'refBundles.job', { jobId }));
    while (job.state === 'running') {
      await new Promise((resolve) => setImmediate(resolve));
      job = expectOk(await call(o.core, o.manager, 'refBundles.job', { jobId }));
    }
    expect(job).toMatchObject({ state: 'done', done: 9, total: 9, result: { toSeq: 1 } });
    expectError(await call(o.core, o.wang, 'refBundles.job', { jobId }), 'FORBIDDEN');
  });

  it('stops a job cancelled before it saves, leaving the office’s data as it was', async () => {
    const hq = await startHq();
    const o = await startOffice();
    const full = await publish(hq, { mode: 'full' });
    const key = expectOk(await call(hq.core, hq.admin, 'refBundles.key', {}));
    const uploadId = await upload(o.core, o.manager, full.zip);
    const before = tableChecksums(o.dataDir);
    const { jobId } = expectOk(
      await call(o.core, o.manager, 'refBundles.startImport', {
        uploadId,
        trustFingerprint: key.fingerprint,
      }),
    );
    expect(expectOk(await call(o.core, o.manager, 'refBundles.cancel', { jobId }))).toEqual({
      cancelled: true,
    });
    let job = expectOk(await call(o.core, o.manager, 'refBundles.job', { jobId }));
    while (job.state === 'running') {
      await new Promise((resolve) => setImmediate(resolve));
      job = expectOk(await call(o.core, o.manager, 'refBundles.job', { jobId }));
    }
    expect(job.state).toBe('cancelled');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});
