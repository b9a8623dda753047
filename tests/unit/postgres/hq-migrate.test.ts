import { describe, expect, it } from 'vitest';
import { compareDatabases, copyToPostgres } from '../../../src-main/core/db/copy-to-postgres';
import { call, expectOk, FakeCaller, openTestCore, signIn } from '../../helpers/core-harness';
import { createTestDatabase, openTestDb } from '../../helpers/test-database';
import { HQ_ADMIN, HQ_PROFILE } from '../head-office/head-office';
import { exportMonth, importAt, officeIn } from '../head-office/ranking-offices';

describe('hq:migrate', () => {
  it('copies a SQLite head office with imported bundles into PostgreSQL, every table matching', async () => {
    // Head office on SQLite, as every head office was before PostgreSQL.
    const t = await openTestCore('2026-12-05T02:00:00.000Z');
    expectOk(
      await call(t.core, new FakeCaller(), 'setup.initialize', {
        mode: 'headOffice',
        office: HQ_PROFILE,
        manager: HQ_ADMIN,
      }),
    );
    const hq = { ...t, admin: await signIn(t.core, HQ_ADMIN.username, HQ_ADMIN.password) };
    const o = await officeIn({ regionCode: 'HD-03', regionName: '华东三区', officeName: '杭州办事处' });
    await importAt(hq, o, await exportMonth(o, '2026-11'));
    await importAt(hq, o, await exportMonth(o, '2026-10'));

    const url = await createTestDatabase();
    const sqlite = openTestDb({ dbFile: t.dbFile, databaseUrl: null });
    const pg = openTestDb({ dbFile: '', databaseUrl: url });
    await copyToPostgres(sqlite, pg, () => {});
    const checks = await compareDatabases(sqlite, pg);
    expect(checks.filter((c) => !c.ok).map((c) => c.table)).toEqual([]);
    expect(checks.find((c) => c.table === 'ho_bundles')!.sqlite.rows).toBe(2);
    // A second copy into the now-filled database is refused rather than doubling the rows.
    await expect(copyToPostgres(sqlite, pg, () => {})).rejects.toThrow(/已有数据/);
  });
});
