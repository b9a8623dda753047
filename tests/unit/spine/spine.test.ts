import { describe, expect, it } from 'vitest';
import { supervisorOn } from '../../../src-main/core/modules/regions';
import { call, expectOk, readRows } from '../../helpers/core-harness';
import { f02Sample } from '../../fixtures/forms/f02-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f06Decision, f06Sample } from '../../fixtures/forms/f06-sample';
import { visitDay } from '../core/f01-fixtures';
import { file, save, submit, travel } from '../reports/office';
import { startOffice } from '../../helpers/core-harness';
import { openConnection } from '../../../src-main/core/db/connection';

const contacts = (dbFile: string, reportId: number) =>
  readRows(
    dbFile,
    `select row_index, kind, customer_name, mode, purpose, next_visit, author_id, with_person_id, day
     from customer_contacts where report_id = ? order by row_index`,
    reportId,
  );

describe('customer contacts', () => {
  it('are written with every save of a 走访表 and rebuilt when it is revised', async () => {
    const o = await startOffice();
    const day = visitDay();
    const draft = await save(o, o.wang, 'F01', '2026-11-26', day);
    expect(contacts(o.dbFile, draft.id)).toEqual(
      day.visits.map((v, i) => ({
        row_index: i,
        kind: 'visit',
        customer_name: v.customerName,
        mode: v.method,
        purpose: v.purpose,
        next_visit: v.nextVisit || null,
        author_id: o.wangId,
        with_person_id: null,
        day: '2026-11-26',
      })),
    );
    // The rep drops a visit and renames another: the contacts follow the form, nothing stale stays.
    const [first, , third] = day.visits;
    const revised = { ...day, visits: [{ ...third!, customerName: '绍兴震元医药连锁有限公司' }, first!] };
    await save(o, o.wang, 'F01', '2026-11-26', revised, { expectedVersion: draft.version });
    expect(contacts(o.dbFile, draft.id).map((c) => c.customer_name)).toEqual([
      '绍兴震元医药连锁有限公司',
      first!.customerName,
    ]);
  });

  it('record a joint visit for the manager and the rep, which the rep’s month counts', async () => {
    const o = await startOffice();
    const joint = await file(o, o.manager, 'F02', '2026-11-24', f02Sample({ id: o.wangId, name: '王芳' }));
    expect(contacts(o.dbFile, joint.id)).toEqual([
      expect.objectContaining({
        kind: 'jointVisit',
        mode: '协访',
        author_id: o.managerId,
        with_person_id: o.wangId,
      }),
    ]);
    const rep = expectOk(
      await call(o.core, o.wang, 'reports.prefill', { formCode: 'F04', periodKey: '2026-11' }),
    );
    expect(rep.values.jointVisitCount).toBe(1);
    const li = expectOk(
      await call(o.core, o.li, 'reports.prefill', { formCode: 'F04', periodKey: '2026-11' }),
    );
    expect(li.values.jointVisitCount).toBe(0);
  });
});

describe('sales figures', () => {
  it('are the month summary’s once handed in, and official figures take precedence in the quarter', async () => {
    const o = await startOffice('2026-12-02T02:00:00.000Z');
    const draft = await save(o, o.wang, 'F04', '2026-11', f04Sample());
    expect(readRows(o.dbFile, 'select count(*) as n from sales_figures')).toEqual([{ n: 0 }]);
    await submit(o, o.wang, draft);
    expect(
      readRows(
        o.dbFile,
        'select user_id, month, source, sales_target, sales_actual, report_id from sales_figures',
      ),
    ).toEqual([
      {
        user_id: o.wangId,
        month: '2026-11',
        source: 'report',
        sales_target: 2400000,
        sales_actual: 2286500,
        report_id: draft.id,
      },
    ]);

    const quarter = async () =>
      expectOk(await call(o.core, o.manager, 'reports.prefill', { formCode: 'F09', periodKey: '2026-Q4' }))
        .values;
    expect((await quarter()).salesActual).toBe(2286500);
    // The company's own figure for the month, once there, is the one that counts.
    const sqlite = openConnection(o.dbFile).sqlite;
    sqlite
      .prepare(
        `insert into sales_figures (user_id, month, source, sales_target, sales_actual, updated_at)
         values (?, '2026-11', 'imported', 2400000, 2301000, '2026-12-02T03:00:00.000Z')`,
      )
      .run(o.wangId);
    sqlite.close();
    expect((await quarter()).salesActual).toBe(2301000);
    const official = expectOk(
      await call(o.core, o.manager, 'sales.figures', { from: '2026-10', to: '2026-12' }),
    );
    expect(official).toEqual([
      expect.objectContaining({ userId: o.wangId, source: 'imported', salesActual: 2301000 }),
    ]);
  });
});

describe('regions', () => {
  it('date everyone’s membership, end it on deactivation and answer who supervised whom on a day', async () => {
    const o = await startOffice('2026-11-02T01:00:00.000Z', { startDate: '2026-11-02' });
    const region = expectOk(await call(o.core, o.manager, 'regions.current', {}));
    expect(region.region).toMatchObject({ code: 'HD-03', name: '华东三区' });
    expect(region.memberships.map((m) => [m.name, m.role, m.fromDay, m.toDay])).toEqual([
      ['张伟', 'manager', '2026-11-02', null],
      ['王芳', 'rep', '2026-11-02', null],
      ['李军', 'rep', '2026-11-02', null],
      ['陈静', 'clerk', '2026-11-02', null],
    ]);

    await travel(o, '2026-11-20T02:00:00.000Z', 'manager');
    const li = expectOk(await call(o.core, o.manager, 'people.list', {})).find((p) => p.id === o.liId)!;
    expectOk(
      await call(o.core, o.manager, 'people.update', {
        id: li.id,
        displayName: li.displayName,
        role: li.role,
        phone: li.phone,
        active: false,
      }),
    );
    const after = expectOk(await call(o.core, o.manager, 'regions.current', {}));
    expect(after.memberships.find((m) => m.userId === o.liId)).toMatchObject({ toDay: '2026-11-20' });

    const { db } = openConnection(o.dbFile);
    try {
      expect(await supervisorOn(db, o.liId, '2026-11-20')).toBe(o.managerId);
      // After his last day he belongs nowhere, so nobody supervises him.
      expect(await supervisorOn(db, o.liId, '2026-11-21')).toBeNull();
      expect(await supervisorOn(db, o.wangId, '2026-11-01')).toBeNull();
      expect(await supervisorOn(db, o.managerId, '2026-11-10')).toBeNull();
    } finally {
      await db.destroy();
    }
  });

  it('follow a change of role: the old membership ends the day before the new one starts', async () => {
    const o = await startOffice('2026-11-02T01:00:00.000Z', { startDate: '2026-11-02' });
    await travel(o, '2026-11-16T02:00:00.000Z', 'manager');
    const wang = expectOk(await call(o.core, o.manager, 'people.list', {})).find((p) => p.id === o.wangId)!;
    expectOk(
      await call(o.core, o.manager, 'people.update', {
        id: wang.id,
        displayName: wang.displayName,
        role: 'clerk',
        phone: wang.phone,
        active: true,
      }),
    );
    const r = expectOk(await call(o.core, o.manager, 'regions.current', {}));
    expect(
      r.memberships.filter((m) => m.userId === o.wangId).map((m) => [m.role, m.fromDay, m.toDay]),
    ).toEqual([
      ['rep', '2026-11-02', '2026-11-15'],
      ['clerk', '2026-11-16', null],
    ]);
  });
});

describe('decisions', () => {
  it('are a column the board reads: a matter waits until the manager answers it', async () => {
    const o = await startOffice();
    const matter = await file(o, o.wang, 'F06', '2026-11-26.1', f06Sample());
    const waiting = async () =>
      expectOk(await call(o.core, o.manager, 'board.get', { from: '2026-11-23', to: '2026-11-29' }))
        .undecided;
    expect((await waiting()).map((r) => r.id)).toEqual([matter.id]);
    expectOk(await call(o.core, o.manager, 'reports.decide', { id: matter.id, values: f06Decision() }));
    expect(await waiting()).toEqual([]);
    expect(readRows(o.dbFile, 'select decided_at from reports where id = ?', matter.id)).toEqual([
      { decided_at: expect.stringMatching(/^2026-11-26T/) },
    ]);
  });
});
