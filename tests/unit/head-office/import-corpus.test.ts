import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BAD_BUNDLE_CASES } from '../../helpers/bundles/make-bad-bundles';
import { useBadBundleCorpus } from '../../helpers/bad-bundle-corpus';
import { writeBundle } from '../../../src-main/core/platform/bundle-format';
import { sampleBundleInput, sampleKeyFile, SAMPLE_OFFICE } from '../../helpers/bundles/sample-bundle';
import { call, expectError, expectOk, tableChecksumsOf, queryRows } from '../../helpers/core-harness';
import { registerKeyFile, startHeadOffice, uploadAll } from './head-office';

const corpus = useBadBundleCorpus();

/** The name a clerk would see: the good bundle's, so a renamed month looks like June's. */
const AS_JUNE = `${SAMPLE_OFFICE.code}-2025-06-r1.zip`;

describe('head office refuses every bad bundle and stores nothing', () => {
  it('refuses each case of the corpus with its own reason, then imports the good bundle', async () => {
    const hq = await startHeadOffice();
    await registerKeyFile(hq.core, hq.admin, sampleKeyFile());
    const before = await tableChecksumsOf(hq);
    const reasons = new Map<string, string>();
    for (const { name, expectedReason } of BAD_BUNDLE_CASES) {
      const [uploadId] = await uploadAll(hq.core, hq.admin, [{ name: AS_JUNE, bytes: corpus.bytes(name) }]);
      const inspected = expectOk(
        await call(hq.core, hq.admin, 'hq.import.inspect', { uploadIds: [uploadId!] }),
      );
      expect(inspected).toHaveLength(1);
      expect(inspected[0]!.state, name).toBe(
        expectedReason === 'unknown-office' ? 'unknownOffice' : 'rejected',
      );
      const error = expectError(
        await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: [uploadId!] }),
        'BAD_INPUT',
      );
      expect(error.fields?.bundle, name).toBe(expectedReason);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      reasons.set(name, error.message);
      expect(await tableChecksumsOf(hq), name).toEqual(before);
    }
    // Each reason reads differently, so the list on screen tells the cases apart.
    const byReason = new Map(BAD_BUNDLE_CASES.map((c) => [c.expectedReason, reasons.get(c.name)]));
    expect(new Set(byReason.values()).size).toBe(byReason.size);

    const [good] = await uploadAll(hq.core, hq.admin, [{ name: AS_JUNE, bytes: corpus.bytes('good') }]);
    const imported = expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: [good!] }));
    expect(imported).toMatchObject({ outcome: 'imported', period: '2025-06', revision: 1, reportCount: 1 });
    expect(await tableChecksumsOf(hq)).not.toEqual(before);
  });
});

describe('the consolidated matrix in Excel', () => {
  it('has a row per region with each month’s counts, a total row and a detail sheet', async () => {
    const hq = await startHeadOffice();
    await registerKeyFile(hq.core, hq.admin, sampleKeyFile());
    const [good] = await uploadAll(hq.core, hq.admin, [{ name: AS_JUNE, bytes: corpus.bytes('good') }]);
    expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: [good!] }));
    const made = expectOk(
      await call(hq.core, hq.admin, 'hq.matrix.export', { from: '2025-05', to: '2025-06' }),
    );
    expect(made.fileName).toBe('各区域报送汇总-2025-05至2025-06.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(hq.core.getFile(made.fileId, hq.admin.sessionToken)!.path);
    const sheet = wb.getWorksheet('汇总')!;
    const rows = sheet
      .getSheetValues()
      .filter(Array.isArray)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(expect.arrayContaining(['区域', '办事处', '2025-05', '2025-06']));
    expect(rows[2]).toEqual([
      SAMPLE_OFFICE.region,
      SAMPLE_OFFICE.name,
      '未收到',
      undefined,
      undefined,
      undefined,
      1,
      1,
      0,
      0,
    ]);
    expect(rows[3]).toEqual(['合计', undefined, 0, 0, 0, 0, 1, 1, 0, 0]);
    const detail = wb.getWorksheet('明细')!;
    expect(detail.getRow(2).values).toEqual([
      undefined,
      SAMPLE_OFFICE.region,
      SAMPLE_OFFICE.name,
      '2025-06',
      'F01 走访表',
      1,
      1,
      0,
      0,
    ]);
  });
});

describe('a second bundle under a revision already imported', () => {
  it('is refused, so what head office holds for that revision never changes silently', async () => {
    const hq = await startHeadOffice();
    await registerKeyFile(hq.core, hq.admin, sampleKeyFile());
    const [good] = await uploadAll(hq.core, hq.admin, [{ name: AS_JUNE, bytes: corpus.bytes('good') }]);
    expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: [good!] }));
    const before = await tableChecksumsOf(hq);
    // The office reinstalled and exported June again as revision 1, with other content.
    const input = sampleBundleInput();
    const other = await writeBundle({
      ...input,
      files: input.files.map((f) =>
        f.path === 'summary.xlsx' ? { ...f, bytes: Buffer.from('PK other') } : f,
      ),
    });
    const [again] = await uploadAll(hq.core, hq.admin, [{ name: AS_JUNE, bytes: other }]);
    const [inspected] = expectOk(await call(hq.core, hq.admin, 'hq.import.inspect', { uploadIds: [again!] }));
    expect(inspected).toMatchObject({ state: 'rejected', reason: 'revision-conflict' });
    const error = expectError(
      await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: [again!] }),
      'BAD_INPUT',
    );
    expect(error.fields?.bundle).toBe('revision-conflict');
    expect(error.message).toContain('重新导出');
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });
});

describe('the same bundle imported twice at once', () => {
  it('is stored once; the other import reports it unchanged', async () => {
    const hq = await startHeadOffice();
    const key = await registerKeyFile(hq.core, hq.admin, sampleKeyFile());
    const ids = await uploadAll(hq.core, hq.admin, [
      { name: AS_JUNE, bytes: corpus.bytes('good') },
      { name: AS_JUNE, bytes: corpus.bytes('good') },
    ]);
    const results = await Promise.all(
      ids.map(async (id) => expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds: [id] }))),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(['imported', 'unchanged']);
    expect(await queryRows(hq, 'select count(*) as n from ho_bundles')).toEqual([{ n: 1 }]);
    expect(await queryRows(hq, 'select fingerprint from ho_office_keys')).toEqual([
      { fingerprint: key.fingerprint },
    ]);
  });
});
