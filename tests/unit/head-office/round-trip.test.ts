import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  FakeCaller,
  readRows,
  signIn,
  tableChecksumsOf,
  queryRows,
} from '../../helpers/core-harness';
import { openDocx } from '../print/docx-text';
import { MONTH, monthOffice, MONTH_OF_WORK } from '../bundle-export/month-office';
import type { Office } from '../reports/office';
import { HQ_ADMIN, registerKeyFile, startHeadOffice, uploadAll } from './head-office';

type HeadOffice = Awaited<ReturnType<typeof startHeadOffice>>;

/** The office's key file as the manager saves it from 办事处设置. */
async function keyFileText(o: Office): Promise<string> {
  const exported = expectOk(await call(o.core, o.manager, 'keys.exportPublic', {}));
  return readFileSync(o.core.getFile(exported.fileId, o.manager.sessionToken)!.path, 'utf8');
}

/** Exports the month at the office and returns the outbox files as a clerk would attach them. */
async function exportMonth(o: Office, maxPartBytes?: number) {
  const out = expectOk(
    await call(o.core, o.manager, 'bundles.export', {
      month: MONTH,
      ...(maxPartBytes ? { maxPartBytes } : {}),
    }),
  );
  return {
    out,
    files: out.files.map((f) => ({ name: f.fileName, bytes: readFileSync(join(out.outboxDir, f.fileName)) })),
  };
}

async function importFiles(
  hq: HeadOffice,
  files: { name: string; bytes: Buffer }[],
  trustFingerprint?: string,
) {
  const uploadIds = await uploadAll(hq.core, hq.admin, files);
  return call(hq.core, hq.admin, 'hq.import.run', {
    uploadIds,
    ...(trustFingerprint ? { trustFingerprint } : {}),
  });
}

describe('office → head office', MONTH_OF_WORK, () => {
  it('shows exactly the office’s reports, statuses, on-time flags and documents', async () => {
    const { o } = await monthOffice();
    const hq = await startHeadOffice();
    await registerKeyFile(hq.core, hq.admin, await keyFileText(o));
    const { out, files } = await exportMonth(o);

    const result = expectOk(await importFiles(hq, files));
    expect(result).toMatchObject({
      outcome: 'imported',
      office: { code: 'HD-03', name: '杭州办事处', region: '华东三区' },
      period: MONTH,
      revision: 1,
      reportCount: out.reportCount,
      supersededRevision: null,
      historyOnly: false,
    });

    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: result.bundleId }));
    const atOffice = readRows(
      o.dbFile,
      `select r.form_code as formCode, r.period_key as periodKey, u.display_name as authorName,
              r.status, r.on_time as onTime, r.due_at as dueAt, r.submitted_at as submittedAt
       from reports r join users u on u.id = r.author_id where r.status = 'sent'`,
    ).map((r) => ({
      ...(r as { formCode: string; periodKey: string; authorName: string }),
      onTime: r.onTime === null ? null : r.onTime === 1,
    }));
    const key = (r: { formCode: unknown; periodKey: unknown; authorName: unknown }) =>
      `${String(r.formCode)}|${String(r.periodKey)}|${String(r.authorName)}`;
    const sorted = <T extends { formCode: unknown; periodKey: unknown; authorName: unknown }>(rows: T[]) =>
      [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    expect(atOffice.length).toBe(out.reportCount);
    expect(
      sorted(bundle.reports).map(
        ({ formCode, periodKey, authorName, status, onTime, dueAt, submittedAt }) => ({
          formCode,
          periodKey,
          authorName,
          status,
          onTime,
          dueAt,
          submittedAt,
        }),
      ),
    ).toEqual(sorted(atOffice));
    expect(bundle.reports.some((r) => r.onTime === false)).toBe(true);
    expect(bundle.gaps.map((g) => g.state).sort()).toEqual(['late', 'missing', 'notApproved']);
    // Exported on 4 December, before November is due at 销售部 (the 5th, 24:00).
    expect(bundle).toMatchObject({ headOfficeDueAt: '2026-12-05T16:00:00.000Z', onTime: true });

    // Each single-report Word document is what the office prints for that report.
    const singles = bundle.files.filter((f) => f.kind === 'document' && !f.path.endsWith('-month.docx'));
    expect(singles.length).toBeGreaterThan(5);
    for (const f of singles) {
      const fromHq = expectOk(await call(hq.core, hq.admin, 'hq.files.get', { fileId: f.id }));
      const hqBytes = readFileSync(hq.core.getFile(fromHq.fileId, hq.admin.sessionToken)!.path);
      const reportIds = JSON.parse(
        String(
          (await queryRows(hq, 'select report_ids from ho_bundle_files where id = ?', f.id))[0]!.report_ids,
        ),
      ) as number[];
      const printed = expectOk(
        await call(o.core, o.manager, 'documents.generate', { reportId: reportIds[0]! }),
      );
      const officeBytes = readFileSync(o.core.getFile(printed.fileId, o.manager.sessionToken)!.path);
      expect(openDocx(hqBytes).document, f.path).toBe(openDocx(officeBytes).document);
    }

    // The region in the matrix: received, on time, late and missing add up as the bundle says.
    const matrix = expectOk(await call(hq.core, hq.admin, 'hq.matrix', { from: '2026-10', to: '2026-12' }));
    expect(matrix.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(matrix.regions.map((r) => r.code)).toEqual(['HD-03']);
    const [oct, nov, dec] = matrix.regions[0]!.cells;
    expect(oct!.bundle).toBeNull();
    expect(dec!.bundle).toBeNull();
    expect(nov!.bundle).toMatchObject({ revision: 1, onTime: true });
    expect(nov!.received).toBe(out.reportCount);
    expect(nov!.onTime + nov!.late).toBe(bundle.reports.filter((r) => r.onTime !== null).length);
    expect(nov!.late).toBe(bundle.reports.filter((r) => r.onTime === false).length);
    expect(nov!.byForm.F01).toMatchObject({ missing: 1 });
    expect(matrix.totals[1]).toMatchObject({ received: nov!.received, missing: nov!.missing });

    // A report reads at head office as on the office's paper.
    const f04 = bundle.reports.find((r) => r.formCode === 'F04' && r.onTime === false)!;
    const preview = expectOk(await call(hq.core, hq.admin, 'hq.reports.preview', { reportId: f04.id }));
    expect(JSON.stringify(preview)).toContain('杭州办事处');
    expect(JSON.stringify(preview)).toContain(f04.authorName);

    // The same bundle again changes nothing.
    const before = await tableChecksumsOf(hq);
    const again = expectOk(await importFiles(hq, files));
    expect(again).toMatchObject({ outcome: 'unchanged', bundleId: result.bundleId });
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });

  it('lets a newer revision supersede the older, which stays in history', async () => {
    const { o, liWeekly } = await monthOffice({ weeks: 1 });
    const hq = await startHeadOffice();
    await registerKeyFile(hq.core, hq.admin, await keyFileText(o));
    const first = await exportMonth(o);
    expectOk(await call(o.core, o.manager, 'reports.approve', { id: liWeekly.id, comment: '' }));
    o.clock.advance(60_000);
    const second = await exportMonth(o);
    expect(second.out.revision).toBe(2);

    const r1 = expectOk(await importFiles(hq, first.files));
    const r2 = expectOk(await importFiles(hq, second.files));
    expect(r2).toMatchObject({ outcome: 'imported', revision: 2, supersededRevision: 1, historyOnly: false });
    const history = expectOk(
      await call(hq.core, hq.admin, 'hq.bundles.list', { officeCode: 'HD-03', period: MONTH }),
    );
    expect(history.map((h) => [h.revision, h.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(history[0]!.reportCount).toBe(history[1]!.reportCount + 1);
    const matrix = expectOk(await call(hq.core, hq.admin, 'hq.matrix', { from: MONTH, to: MONTH }));
    expect(matrix.regions[0]!.cells[0]!.bundle!.id).toBe(r2.bundleId);
    expect(matrix.regions[0]!.cells[0]!.received).toBe(second.out.reportCount);
    const old = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: r1.bundleId }));
    expect(old.current).toBe(false);
    expect(old.reports).toHaveLength(first.out.reportCount);

    // Revision 1 arriving again, or late, never displaces revision 2.
    const before = await tableChecksumsOf(hq);
    expect(expectOk(await importFiles(hq, first.files)).outcome).toBe('unchanged');
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });

  it('keeps an older revision that arrives after the newer as history only', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const hq = await startHeadOffice();
    await registerKeyFile(hq.core, hq.admin, await keyFileText(o));
    const first = await exportMonth(o);
    o.clock.advance(60_000);
    const second = await exportMonth(o);
    const r2 = expectOk(await importFiles(hq, second.files));
    const r1 = expectOk(await importFiles(hq, first.files));
    expect(r1).toMatchObject({
      outcome: 'imported',
      revision: 1,
      historyOnly: true,
      supersededRevision: null,
    });
    const matrix = expectOk(await call(hq.core, hq.admin, 'hq.matrix', { from: MONTH, to: MONTH }));
    expect(matrix.regions[0]!.cells[0]!.bundle!.id).toBe(r2.bundleId);
  });

  it('trusts an unregistered office only after its fingerprint is confirmed', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const hq = await startHeadOffice();
    const { files } = await exportMonth(o, 40_000);
    expect(files.length).toBeGreaterThan(1);
    const fingerprint = expectOk(await call(o.core, o.manager, 'keys.info', {})).fingerprint;

    // The parts, in any order, are one bundle; it is sound but its office is not registered.
    const uploadIds = await uploadAll(hq.core, hq.admin, [...files].reverse());
    const [inspected, ...rest] = expectOk(await call(hq.core, hq.admin, 'hq.import.inspect', { uploadIds }));
    expect(rest).toEqual([]);
    expect(inspected).toMatchObject({ state: 'unknownOffice', period: MONTH, revision: 1, fingerprint });
    expect(inspected!.fileNames).toEqual(files.map((f) => f.name));

    const before = await tableChecksumsOf(hq);
    const refused = expectError(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds }), 'BAD_INPUT');
    expect(refused.fields?.bundle).toBe('unknown-office');
    const otherFingerprint = fingerprint.replace(/^[0-9A-F]/, (c) => (c === 'A' ? 'B' : 'A'));
    const wrong = expectError(
      await call(hq.core, hq.admin, 'hq.import.run', { uploadIds, trustFingerprint: otherFingerprint }),
      'BAD_INPUT',
    );
    expect(wrong.message).toContain('指纹');
    expect(await tableChecksumsOf(hq)).toEqual(before);

    const trusted = expectOk(
      await call(hq.core, hq.admin, 'hq.import.run', { uploadIds, trustFingerprint: fingerprint }),
    );
    expect(trusted).toMatchObject({ outcome: 'imported', registeredFingerprint: fingerprint });
    const offices = expectOk(await call(hq.core, hq.admin, 'hq.offices.list', {}));
    expect(offices).toEqual([
      expect.objectContaining({
        code: 'HD-03',
        region: '华东三区',
        bundleCount: 1,
        keys: [expect.objectContaining({ fingerprint, source: 'firstImport' })],
        // Head office sees the region's profile (区域划分) as the bundle described it.
        profile: expect.objectContaining({ code: 'HD-03', name: '华东三区', marketTier: expect.any(String) }),
      }),
    ]);
  });

  it('keeps each installation to its own work, and uploads to those who import: head office’s administrator, an office’s manager and clerk', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    const hq = await startHeadOffice();
    expect(
      expectError(await call(o.core, o.manager, 'hq.matrix', { from: MONTH, to: MONTH }), 'FORBIDDEN')
        .message,
    ).toContain('销售部');
    expectError(await call(hq.core, hq.admin, 'reports.list', {}), 'FORBIDDEN');
    // In an office everyone signed in hands files over: the manager and clerk the ERP's Excel of
    // actuals, a rep the evidence of an opportunity (合同, 签收单); each method still checks its caller.
    expectOk(await o.core.upload(Buffer.from('x'), 'a.xlsx', o.manager));
    const repUpload = expectOk(await o.core.upload(Buffer.from('x'), 'a.xlsx', o.wang));
    expectError(
      await call(o.core, o.wang, 'sales.previewActuals', { uploadId: repUpload.uploadId }),
      'FORBIDDEN',
    );
    const stranger = new FakeCaller();
    expectError(await hq.core.upload(Buffer.from('x'), 'a.zip', stranger), 'UNAUTHENTICATED');
    expectError(await hq.core.upload(Buffer.alloc(0), 'a.zip', hq.admin), 'BAD_INPUT');
    // An upload belongs to the session that made it.
    const [id] = await uploadAll(hq.core, hq.admin, [{ name: 'a.zip', bytes: Buffer.from('PK') }]);
    const other = await signIn(hq.core, HQ_ADMIN.username, HQ_ADMIN.password);
    expectError(await call(hq.core, other, 'hq.import.inspect', { uploadIds: [id!] }), 'NOT_FOUND');
  });
});
