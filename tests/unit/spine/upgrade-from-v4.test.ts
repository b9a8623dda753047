import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openCore } from '../../../src-main/core';
import { LATEST_VERSION } from '../../../src-main/core/modules';
import { call, expectOk, readRows, signIn, TestClock } from '../../helpers/core-harness';
import { restoredDataDir, tableRows } from '../../helpers/db-fixtures';
import { uploadAll } from '../head-office/head-office';

// The fixtures were written by the release of schema 4 (tests/fixtures/db/README.md).
const NOW = '2026-12-05T02:00:00.000Z';
const FIXTURE_BUNDLE = join(__dirname, '../../fixtures/bundles/v1/HD-03-2026-11-r1.zip');

async function open(dataDir: string) {
  const core = await openCore({ dataDir, now: new TestClock(NOW).now });
  onTestFinished(() => core.close());
  return core;
}

/** Rows of a table as the old release left them, columns it had only. */
function snapshot(dbFile: string, tables: string[]) {
  return Object.fromEntries(tables.map((t) => [t, tableRows(dbFile, t)]));
}

describe('an office database written by schema 4', () => {
  it('upgrades with every report, version, customer, person, setting and export intact, row by row', async () => {
    const { dataDir, dbFile } = restoredDataDir('office-v4');
    const kept = [
      'reports',
      'report_versions',
      'customers',
      'users',
      'settings',
      'bundle_exports',
      'audit_log',
    ];
    const before = snapshot(dbFile, kept);
    const office = tableRows(dbFile, 'office')[0]!;
    expect((before.reports as unknown[]).length).toBe(66);

    await open(dataDir);
    expect(readRows(dbFile, 'pragma user_version')).toEqual([{ user_version: LATEST_VERSION }]);
    for (const table of kept) {
      const after = tableRows(dbFile, table);
      const old = before[table]!;
      expect(after.length, table).toBe(old.length);
      // Every old column of every row is as it was; new columns may have been added beside them.
      after.forEach((row, i) => {
        const { decided_at: _decided, ...rest } = row;
        // The customer's single contact moved into customer_people (checked below).
        const columns = Object.keys(old[i]!).filter(
          (k) => table !== 'customers' || !['contact', 'contact_title', 'phone'].includes(k),
        );
        expect(Object.fromEntries(columns.map((k) => [k, rest[k]])), `${table} row ${i}`).toEqual(
          Object.fromEntries(columns.map((k) => [k, (old[i] as Record<string, unknown>)[k]])),
        );
      });
    }
    const oldCustomers = before.customers as {
      id: number;
      contact: string | null;
      contact_title: string | null;
      phone: string | null;
    }[];
    const withContact = oldCustomers.filter((c) => c.contact);
    expect(withContact.length).toBeGreaterThan(0);
    for (const c of withContact) {
      expect(
        readRows(dbFile, `select name, title, phones from customer_people where customer_id = ${c.id}`),
        `customer ${c.id}`,
      ).toEqual([{ name: c.contact, title: c.contact_title ?? '', phones: c.phone ?? '' }]);
    }

    // The office keeps its profile; its region moved into a region row of its own.
    const [now] = readRows(
      dbFile,
      `select o.company, o.office_name, o.fax, r.code, r.name, r.coverage
       from office o join regions r on r.id = o.region_id`,
    );
    expect(now).toEqual({
      company: office.company,
      office_name: office.office_name,
      fax: office.fax,
      code: office.region_code,
      name: office.region_name,
      coverage: office.coverage,
    });
    // Everyone belongs to it from the day their account was made.
    const members = readRows(
      dbFile,
      'select user_id, role, from_day, to_day from region_assignments order by user_id',
    );
    const users = before.users as { id: number; role: string; created_at: string }[];
    expect(members).toEqual(
      users.map((u) => ({
        user_id: u.id,
        role: u.role,
        from_day: expect.stringMatching(/^2026-11-\d\d$/),
        to_day: null,
      })),
    );

    // The relational spine is filled from the reports: every named visit and joint visit...
    const visits = (before.reports as { form_code: string; data: string }[])
      .filter((r) => r.form_code === 'F01')
      .flatMap((r) => (JSON.parse(r.data) as { visits?: { customerName?: string }[] }).visits ?? [])
      .filter((v) => v.customerName?.trim());
    const joint = (before.reports as { form_code: string }[]).filter((r) => r.form_code === 'F02');
    expect(
      readRows(dbFile, `select kind, count(*) as n from customer_contacts group by kind order by kind`),
    ).toEqual([
      { kind: 'jointVisit', n: joint.length },
      { kind: 'visit', n: visits.length },
    ]);
    // ...every handed-in month summary's figures...
    const summaries = (before.reports as { form_code: string; submitted_at: string | null }[]).filter(
      (r) => r.form_code === 'F04' && r.submitted_at,
    );
    expect(readRows(dbFile, `select count(*) as n from sales_figures where source = 'report'`)).toEqual([
      { n: summaries.length },
    ]);
    // ...and the answered 重要事项报告 is known as decided.
    expect(
      readRows(
        dbFile,
        `select count(*) as n from reports where form_code = 'F06' and decided_at is not null`,
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('works as before through the API: reports, board, documents and the signing key', async () => {
    const { dataDir } = restoredDataDir('office-v4');
    const keyFile = JSON.parse(
      readFileSync(join(__dirname, '../../fixtures/bundles/v1/office-key-HD-03.json'), 'utf8'),
    ) as { fingerprint: string };
    const core = await open(dataDir);
    const manager = await signIn(core, 'zhangwei', 'Hz2026-qujing');
    const all = expectOk(await call(core, manager, 'reports.list', { limit: 500 }));
    expect(all).toHaveLength(66);
    const key = expectOk(await call(core, manager, 'keys.info', {}));
    expect(key.fingerprint).toBe(keyFile.fingerprint);
    const board = expectOk(await call(core, manager, 'board.get', { from: '2026-11-01', to: '2026-11-30' }));
    expect(board.cells.some((c) => c.state === 'sent')).toBe(true);
    const f01 = all.find((r) => r.formCode === 'F01' && r.status === 'sent')!;
    const preview = expectOk(await call(core, manager, 'documents.preview', { reportId: f01.id }));
    expect(JSON.stringify(preview)).toContain('杭州办事处');
    const month = expectOk(
      await call(core, manager, 'documents.monthBook', {
        formCode: 'F01',
        authorId: f01.author.id,
        month: '2026-11',
      }),
    );
    expect(month.fileName).toContain('月汇总');
  });
});

describe('a head-office database written by schema 4', () => {
  it('upgrades with every bundle, file, report and office key intact, and knows the bundle again', async () => {
    const { dataDir, dbFile } = restoredDataDir('head-office-v4');
    const kept = ['ho_offices', 'ho_office_keys', 'ho_bundle_files', 'ho_reports', 'users'];
    const before = snapshot(dbFile, kept);
    const bundles = tableRows(dbFile, 'ho_bundles') as Record<string, unknown>[];

    const core = await open(dataDir);
    for (const table of kept) expect(tableRows(dbFile, table), table).toEqual(before[table]);
    // The bundles keep everything but the people and customers, which became sections, and the
    // zip itself, which moved to a file of the data folder named by its hash.
    const after = tableRows(dbFile, 'ho_bundles');
    expect(after).toEqual(
      bundles.map(({ people: _p, customers: _c, zip, ...rest }) => ({
        ...rest,
        zip_sha256: createHash('sha256')
          .update(zip as Buffer)
          .digest('hex'),
      })),
    );
    for (const b of bundles) {
      const sha = createHash('sha256')
        .update(b.zip as Buffer)
        .digest('hex');
      expect(
        readFileSync(join(dataDir, 'bundles-received', sha.slice(0, 2), sha)).equals(b.zip as Buffer),
      ).toBe(true);
    }
    const sections = readRows(
      dbFile,
      'select bundle_id, name, version, data from ho_bundle_sections order by bundle_id, name',
    );
    expect(sections).toEqual(
      bundles.flatMap((b) => [
        { bundle_id: b.id, name: 'customers', version: 1, data: b.customers },
        { bundle_id: b.id, name: 'people', version: 1, data: b.people },
      ]),
    );
    // Head office knows the office's region from its bundles.
    expect(readRows(dbFile, `select code, name from regions where code = 'HD-03'`)).toEqual([
      { code: 'HD-03', name: '华东三区' },
    ]);

    const admin = await signIn(core, 'xiaoshoubu', 'Xsb-2026-zongbu');
    const current = expectOk(await call(core, admin, 'hq.bundles.get', { bundleId: 2 }));
    expect(current).toMatchObject({
      revision: 2,
      current: true,
      office: { code: 'HD-03', name: '杭州办事处' },
    });
    expect(current.reports).toHaveLength(61);
    const preview = expectOk(
      await call(core, admin, 'hq.reports.preview', { reportId: current.reports[0]!.id }),
    );
    expect(JSON.stringify(preview)).toContain('杭州办事处');
    // The first revision, imported by the old release, is recognised as already here.
    const uploadIds = await uploadAll(core, admin, [
      { name: 'HD-03-2026-11-r1.zip', bytes: readFileSync(FIXTURE_BUNDLE) },
    ]);
    expect(expectOk(await call(core, admin, 'hq.import.run', { uploadIds }))).toMatchObject({
      outcome: 'unchanged',
      bundleId: 1,
    });
  });
});
