import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headOfficeKeyPath } from '../../../src-main/core/modules/reference-bundles/head-office-key';
import { privateKeyPath } from '../../../src-main/core/modules/keys';
import { fingerprint } from '../../../src-main/core/platform/bundle-format';
import { useBadBundleCorpus } from '../../helpers/bad-bundle-corpus';
import { sampleKeys } from '../../helpers/bundles/sample-bundle';
import {
  call,
  expectError,
  expectOk,
  startOffice,
  tableChecksums,
  tableChecksumsOf,
} from '../../helpers/core-harness';
import { REFERENCE_CASES, refContext, rewritten } from './bad-reference-bundles';
import {
  importConfirmed,
  nextSeq,
  openDb,
  publish,
  type Office,
  shipment,
  startHq,
  upload,
} from './reference-fixture';

const corpus = useBadBundleCorpus();

/** A refused bundle: inspection names the reason, the import refuses with it in Chinese, nothing is stored. */
async function expectRefused(o: Office, zip: Buffer, reason: string, name = reason) {
  const before = tableChecksums(o.dataDir);
  const uploadId = await upload(o.core, o.manager, zip);
  const seen = expectOk(await call(o.core, o.manager, 'refBundles.inspect', { uploadId }));
  const refused = expectError(await call(o.core, o.manager, 'refBundles.import', { uploadId }), 'BAD_INPUT');
  expect(refused.fields?.bundle, name).toBe(reason);
  expect(refused.message, name).toMatch(/[\u4e00-\u9fff]/);
  expect(tableChecksums(o.dataDir), name).toEqual(before);
  return { seen, message: refused.message };
}

async function hqKey(hq: Awaited<ReturnType<typeof startHq>>) {
  return expectOk(await call(hq.core, hq.admin, 'refBundles.key', {})).fingerprint;
}

/** Head office with its data published in full, and an office that registered head office's key. */
async function registeredOffice() {
  const hq = await startHq();
  const good = await publish(hq, { mode: 'full' });
  const key = readFileSync(headOfficeKeyPath(hq.dataDir), 'utf8');
  const o = await startOffice();
  const stored = await hq.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'headOfficeKey')
    .executeTakeFirstOrThrow();
  const { publicKeyPem, fingerprint: registered } = JSON.parse(stored.value) as {
    publicKeyPem: string;
    fingerprint: string;
  };
  // Registered as a first import would, without importing: the good bundle must stay importable.
  await openDb(o.dbFile)
    .updateTable('ref_state')
    .set({ head_office_key: publicKeyPem, head_office_fingerprint: registered })
    .execute();
  return { o, good, context: await refContext(good.zip, key) };
}

describe('an office refuses every bad reference bundle and stores nothing', () => {
  it(
    'refuses each case with its own reason, then imports the good bundle',
    { timeout: 120_000 },
    async () => {
      const { o, good, context } = await registeredOffice();
      for (const c of REFERENCE_CASES) {
        const { seen } = await expectRefused(o, await c.build(context), c.reason, c.name);
        const inspected =
          c.level === 'database' ? { state: 'ready', reason: null } : { state: 'rejected', reason: c.reason };
        expect(seen, c.name).toMatchObject(inspected);
      }
      expect(await importConfirmed(o, good.zip)).toMatchObject({ mode: 'full', toSeq: 1 });
    },
  );

  it('refuses a monthly bundle, even a good one from the corpus', async () => {
    const o = await startOffice();
    const { message } = await expectRefused(o, corpus.bytes('good'), 'not-reference');
    expect(message).toContain('参考数据包');
  });

  it('refuses a bundle signed with this office’s own key, before anyone is asked to trust it', async () => {
    const hq = await startHq();
    const good = await publish(hq, { mode: 'full' });
    const o = await startOffice();
    const own = readFileSync(privateKeyPath(o.dataDir), 'utf8');
    const context = await refContext(good.zip, readFileSync(headOfficeKeyPath(hq.dataDir), 'utf8'));
    await expectRefused(o, await rewritten(context, () => {}, own), 'office-key');
  });

  it('asks for the fingerprint on first import, and refuses one that does not match', async () => {
    const hq = await startHq();
    const good = await publish(hq, { mode: 'full' });
    const o = await startOffice();
    const { seen } = await expectRefused(o, good.zip, 'unknown-head-office');
    expect(seen).toMatchObject({ state: 'unknownKey', toSeq: 1 });
    const before = tableChecksums(o.dataDir);
    const uploadId = await upload(o.core, o.manager, good.zip);
    const other = fingerprint(sampleKeys.stranger.publicKeyPem);
    const refused = expectError(
      await call(o.core, o.manager, 'refBundles.import', { uploadId, trustFingerprint: other }),
      'BAD_INPUT',
    );
    expect(refused.fields?.bundle).toBe('fingerprint-mismatch');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});

describe('a reference bundle that does not continue the office’s copy', () => {
  it('is refused when the office already holds it or newer, and when changes before it are missing', async () => {
    const hq = await startHq();
    const o = await startOffice();
    const first = await publish(hq, { mode: 'full' });
    const two = await nextSeq(hq.db);
    await hq.db
      .insertInto('ref_shipments')
      .values(shipment('FH2611002', 1, two))
      .execute();
    const second = await publish(hq, { mode: 'incremental' });
    const three = await nextSeq(hq.db);
    await hq.db
      .insertInto('ref_shipments')
      .values(shipment('FH2611003', 1, three))
      .execute();
    const third = await publish(hq, { mode: 'incremental' });
    expect([second.fromSeq, second.toSeq, third.fromSeq, third.toSeq]).toEqual([1, 2, 2, 3]);

    await importConfirmed(o, first.zip);
    const gap = await expectRefused(o, third.zip, 'sequence-gap');
    expect(gap.seen).toMatchObject({ state: 'rejected', currentSeq: 1, fromSeq: 2, toSeq: 3 });
    expect(gap.message).toContain('全量');
    await importConfirmed(o, second.zip);
    await importConfirmed(o, third.zip);
    await expectRefused(o, second.zip, 'older-sequence');
    await expectRefused(o, first.zip, 'older-sequence');
  });
});

describe('a reference bundle given to head office’s monthly import', () => {
  it('is refused there too, with nothing stored', async () => {
    const hq = await startHq();
    const good = await publish(hq, { mode: 'full' });
    const before = await tableChecksumsOf(hq);
    const uploadId = await upload(hq.core, hq.admin, good.zip);
    const refused = expectError(
      await call(hq.core, hq.admin, 'hq.import.run', {
        uploadIds: [uploadId],
        trustFingerprint: await hqKey(hq),
      }),
      'BAD_INPUT',
    );
    expect(refused.fields?.bundle).toBe('bad-data');
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });
});
