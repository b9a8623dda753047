import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_DATA_PATH, parseBundleData } from '../../../src-shared/bundle';
import { readBundle } from '../../../src-main/core/platform/bundle-format';
import { call, expectOk, readRows } from '../../helpers/core-harness';
import { openDocx } from '../print/docx-text';
import {
  EXPORT_AT,
  LI_MISSING_DAY,
  MONTH,
  monthOffice,
  officePublicKey,
  MONTH_OF_WORK,
} from './month-office';

describe('bundles.export', MONTH_OF_WORK, () => {
  it('writes a signed bundle of the month that matches the database and marks its reports 已报送', async () => {
    const { o, liWeekly, liSummary } = await monthOffice();
    const preview = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: MONTH }));
    expect(preview.revision).toBe(1);
    expect(preview.previous).toEqual([]);
    expect(preview.headOfficeDueAt).toBe('2026-12-05T16:00:00.000Z');
    expect(preview.gaps.map((g) => [g.state, g.formCode, g.authorName, g.periodKey])).toEqual([
      ['missing', 'F01', '李军', LI_MISSING_DAY],
      ['notApproved', 'F03', '李军', '2026-W48'],
      ['late', 'F04', '李军', MONTH],
    ]);
    expect(preview.gaps[0]!.note).toContain('已逾期');
    expect(preview.gaps[1]!.reportId).toBe(liWeekly.id);
    expect(preview.gaps[2]!.reportId).toBe(liSummary.id);
    const names = preview.included.map((f) => f.fileName);
    expect(names).toEqual(
      expect.arrayContaining([
        `docs/F01-${MONTH}-rep${o.wangId}-month.docx`,
        `docs/F01-${MONTH}-rep${o.liId}-month.docx`,
        `docs/F03-2026-W48-rep${o.wangId}.docx`,
        `docs/F02-2026-11-24-mgr${o.managerId}.docx`,
        `docs/F05-2026-12-rep${o.liId}.docx`,
        `docs/F06-2026-11-26.1-rep${o.liId}.docx`,
        'data/bundle.json',
        'summary.xlsx',
      ]),
    );
    expect(names).not.toContain(`docs/F03-2026-W48-rep${o.liId}.docx`);
    expect(names.every((n) => /^[\x21-\x7e]+$/.test(n))).toBe(true);

    const out = expectOk(await call(o.core, o.manager, 'bundles.export', { month: MONTH }));
    expect(out.revision).toBe(1);
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.fileName).toBe(`HD-03-${MONTH}-r1.zip`);
    expect(out.gaps).toEqual(preview.gaps);
    expect(out.reportCount).toBe(preview.reportCount);
    const zip = readFileSync(join(out.outboxDir, out.files[0]!.fileName));
    expect(zip.length).toBe(out.files[0]!.bytes);

    // Head office checks it with the office's registered public key.
    const key = await officePublicKey(o);
    const bundle = await readBundle(zip, {
      trustedKeys: [{ officeCode: key.officeCode, publicKeyPem: key.publicKeyPem }],
      expectedPeriod: MONTH,
    });
    expect(bundle.manifest).toMatchObject({ period: MONTH, revision: 1, createdAt: EXPORT_AT });
    expect(bundle.manifest.office).toEqual({ code: 'HD-03', name: '杭州办事处', region: '华东三区' });
    expect([...bundle.files.keys()].sort()).toEqual([...names].sort());

    // The data holds exactly the database's reports, statuses, on-time flags and histories.
    const raw = JSON.parse(bundle.files.get(BUNDLE_DATA_PATH)!.toString('utf8')) as Record<string, unknown>;
    expect(raw).toMatchObject({ schemaVersion: 2, period: MONTH, revision: 1, exportedAt: EXPORT_AT });
    // A section per module, each with its own version.
    expect(
      Object.fromEntries(
        Object.entries(raw.sections as Record<string, { version: number }>).map(([k, v]) => [k, v.version]),
      ),
    ).toEqual({
      reports: 1,
      people: 1,
      customers: 2,
      regions: 2,
      sales: 1,
      targets: 1,
      performance: 1,
      pipeline: 1,
      channel: 1,
      training: 1,
    });
    const read = parseBundleData(raw);
    if (!read.ok) throw new Error(read.problem.message);
    const data = { ...read.data, ...read.data.sections, ...read.data.sections.reports };
    const rows = readRows(
      o.dbFile,
      `select id, form_code, period_key, author_id, status, on_time, due_at, submitted_at, version
       from reports where status in ('approved', 'sent') order by id`,
    );
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(rows.length).toBe(out.reportCount);
    expect(
      [...data.reports]
        .sort((a, b) => a.id - b.id)
        .map((r) => ({
          id: r.id,
          form_code: r.formCode,
          period_key: r.periodKey,
          author_id: r.author.id,
          status: r.status,
          on_time: r.onTime === null ? null : Number(r.onTime),
          due_at: r.dueAt,
          submitted_at: r.submittedAt,
          version: r.version,
        })),
    ).toEqual(rows);
    const versions = readRows(
      o.dbFile,
      `select report_id, version, action, status, at from report_versions order by report_id, version`,
    ).filter((v) => data.reports.some((r) => r.id === v.report_id));
    expect(
      data.reports.flatMap((r) =>
        r.versions.map((v) => ({
          report_id: r.id,
          version: v.version,
          action: v.action,
          status: v.status,
          at: v.at,
        })),
      ),
    ).toEqual(expect.arrayContaining(versions));
    expect(data.reports.flatMap((r) => r.versions)).toHaveLength(versions.length);
    expect(data.reports.find((r) => r.id === liSummary.id)!.onTime).toBe(false);
    expect(data.people.map((p) => p.name).sort()).toEqual(['张伟', '李军', '王芳', '陈静'].sort());
    expect(data.regions).toMatchObject({ region: { code: 'HD-03', name: '华东三区' } });
    expect(data.regions!.memberships.map((m) => m.role).sort()).toEqual(['clerk', 'manager', 'rep', 'rep']);
    expect(data.gaps).toEqual(out.gaps);
    expect(readRows(o.dbFile, 'select status from reports where id = ?', liWeekly.id)).toEqual([
      { status: 'submitted' },
    ]);

    // Every document is what documents.generate / monthOfVisits print for the same reports now.
    for (const entry of data.files.filter((f) => f.kind === 'document')) {
      const month = entry.path.endsWith('-month.docx');
      const report = data.reports.find((r) => r.id === entry.reportIds[0])!;
      const made = month
        ? await call(o.core, o.manager, 'documents.monthBook', {
            formCode: report.formCode,
            authorId: report.author.id,
            month: MONTH,
          })
        : await call(o.core, o.manager, 'documents.generate', { reportId: report.id });
      const stored = o.core.getFile(expectOk(made).fileId, o.manager.sessionToken)!;
      const inBundle = openDocx(bundle.files.get(entry.path)!).document;
      expect(inBundle, entry.path).toBe(openDocx(readFileSync(stored.path)).document);
      expect(inBundle).toContain('已报送');
    }

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bundle.files.get('summary.xlsx')! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['报送情况', '关键数据', '报表清单', '缺报与逾期']);
    const punctuality = wb.getWorksheet('报送情况')!;
    expect(punctuality.getRow(1).values).toEqual(
      expect.arrayContaining(['姓名', '表单', '报送份数', '按时', '逾期', '缺报', '待审核']),
    );
    const liF01 = punctuality
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[1] === '李军' && r[3] === 'F01') as unknown[];
    expect(liF01.slice(5, 10)).toEqual([20, 20, 0, 1, 0]);
    const figures = wb.getWorksheet('关键数据')!;
    expect(figures.rowCount).toBe(4);
    expect(figures.getRow(1).values).toEqual(
      expect.arrayContaining(['销售目标(元)', '达成率(%)', '拜访次数']),
    );
    expect(figures.getRow(2).values).toEqual(expect.arrayContaining([2400000, 2286500, 95.3, 128]));
    expect(wb.getWorksheet('报表清单')!.rowCount).toBe(out.reportCount + 1);
    expect(wb.getWorksheet('缺报与逾期')!.rowCount).toBe(4);
  });

  it('exports the month again as revision 2, keeping revision 1 in the outbox as replaced', async () => {
    const { o, liWeekly } = await monthOffice({ weeks: 1 });
    const first = expectOk(await call(o.core, o.manager, 'bundles.export', { month: MONTH }));
    expectOk(await call(o.core, o.manager, 'reports.approve', { id: liWeekly.id, comment: '' }));
    o.clock.advance(60_000);

    const preview = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: MONTH }));
    expect(preview.revision).toBe(2);
    expect(preview.previous).toEqual([
      { revision: 1, createdAt: EXPORT_AT, fileNames: [`HD-03-${MONTH}-r1.zip`] },
    ]);
    const second = expectOk(await call(o.core, o.manager, 'bundles.export', { month: MONTH }));
    expect(second.revision).toBe(2);
    expect(second.reportCount).toBe(first.reportCount + 1);
    expect(second.gaps.some((g) => g.reportId === liWeekly.id)).toBe(false);
    expect(readdirSync(second.outboxDir).sort()).toEqual([`HD-03-${MONTH}-r1.zip`, `HD-03-${MONTH}-r2.zip`]);

    const list = expectOk(await call(o.core, o.manager, 'bundles.list', {}));
    expect(list.map((e) => [e.month, e.revision, e.supersededBy, e.present])).toEqual([
      [MONTH, 2, null, true],
      [MONTH, 1, 2, true],
    ]);
    expect(list[0]!.createdBy.name).toBe('张伟');
    expect(readRows(o.dbFile, 'select status from reports where id = ?', liWeekly.id)).toEqual([
      { status: 'sent' },
    ]);
    expect(existsSync(join(second.outboxDir, `HD-03-${MONTH}-r1.zip`))).toBe(true);
  });
});
