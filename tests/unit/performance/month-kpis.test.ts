import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS } from '../../../src-shared/domain/performance';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { importActuals } from '../../helpers/sales-figures';
import { f02Sample } from '../../fixtures/forms/f02-sample';
import { visitDay } from '../core/f01-fixtures';
import { file } from '../reports/office';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

type Office = Awaited<ReturnType<typeof startOffice>>;

/** A 走访表 with one visit per customer given, as [name, purpose]. */
function visits(...rows: [string, string][]) {
  const base = visitDay().visits[0]!;
  return {
    plannedVisits: rows.length,
    actualVisits: rows.length,
    visits: rows.map(([customerName, purpose]) => ({ ...base, customerName, purpose })),
  };
}

async function approve(o: Office, id: number) {
  expectOk(await call(o.core, o.manager, 'reports.approve', { id, comment: '' }));
}

describe('a month of KPIs (绩效评估)', () => {
  it("computes each rep's KPIs from targets, imported actuals, contacts, joint visits and the board, and ranks them", async () => {
    const o = await startOffice(START);
    for (const name of ['甲医院', '乙药店', '丙诊所'])
      expectOk(
        await call(o.core, o.manager, 'customers.create', {
          name,
          type: '医院',
          grade: 'A',
          address: '',
          people: [],
          ownerId: o.wangId,
        }),
      );

    // October: 王芳 keeps 甲医院 and 丙诊所 active. November: 李军 visits 甲医院; 王芳 opens 乙药店 with a
    // first visit to develop it and follows it up, both approved; nobody visits 丙诊所.
    const oct = await file(
      o,
      o.wang,
      'F01',
      '2026-10-15',
      visits(['甲医院', '订单跟进'], ['丙诊所', '客情维护']),
    );
    await approve(o, oct.id);
    const first = await file(o, o.wang, 'F01', '2026-11-03', visits(['乙药店', '开发新客户']));
    await approve(o, first.id);
    const follow = await file(o, o.wang, 'F01', '2026-11-10', visits(['乙药店', '订单跟进']));
    await approve(o, follow.id);
    await file(o, o.li, 'F01', '2026-11-05', visits(['甲医院', '订单跟进']));
    // The manager's joint visit with 王芳: 32 of 40.
    const joint = await file(o, o.manager, 'F02', '2026-11-18', {
      ...f02Sample({ id: o.wangId, name: '王芳' }),
      customerName: '乙药店',
    });

    // 王芳's target: 1,200,000 a year, 100,000 a month; the ERP says she sold 93,800 in November.
    expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2026,
        scope: 'rep',
        userId: o.wangId,
        metric: 'sales',
        annual: 1_200_000,
        method: 'equal',
      }),
    );
    importActuals(o.dbFile, [{ userId: o.wangId, month: '2026-11', sales: 93_800, collection: 50_000 }]);

    const { rows } = expectOk(await call(o.core, o.clerk, 'kpi.month', { month: '2026-11' }));
    const wang = rows.find((r) => r.userId === o.wangId)!;
    const li = rows.find((r) => r.userId === o.liId)!;

    expect(wang.figures).toEqual({
      salesTarget: 100_000,
      salesActual: 93_800,
      collectionTarget: null,
      collectionActual: 50_000,
      actualSource: 'imported',
      targetSource: 'targets',
    });
    expect(wang.kpis.salesRate).toBe(93.8);
    // No collection target: not measured, not zero.
    expect(wang.kpis.collectionRate).toBeNull();
    const customers = expectOk(
      await call(o.core, o.manager, 'customers.search', { query: '乙药店', limit: 5 }),
    );
    expect(wang.basis.newCustomerIds).toEqual([customers[0]!.id]);
    expect(wang.kpis.newCustomers).toBe(1);
    // October's two customers: 甲医院 was visited again in November (by 李军), 丙诊所 was not.
    expect([wang.basis.previousCustomers, wang.basis.keptCustomers, wang.kpis.retentionRate]).toEqual([
      2, 1, 50,
    ]);
    expect(wang.kpis.jointVisitScore).toBe(32);
    expect(wang.basis.jointVisitReportIds).toEqual([joint.id]);
    // Each figure opens what it counts: the new customer by name, the 协访表 by its period.
    expect(wang.basis.newCustomerNames).toEqual(['乙药店']);
    expect(wang.basis.jointVisitReports).toEqual([
      { reportId: joint.id, authorId: o.managerId, periodKey: '2026-11-18' },
    ]);
    // Every 走访表 of November was due by 2 December and none was handed in on time (all were filed late).
    expect(wang.basis.dueReports).toBeGreaterThanOrEqual(21);
    expect(wang.basis.onTimeReports).toBe(0);
    expect(wang.kpis.timelinessRate).toBe(0);

    // 李军: no target, no actuals, no customers of his own last month, no joint visit.
    expect(li.kpis).toMatchObject({
      salesRate: null,
      collectionRate: null,
      newCustomers: 0,
      retentionRate: null,
      jointVisitScore: null,
    });
    // Scores weigh only what was measured, and rank the reps.
    // 王芳: (93.8×40 + 50×10 + 50×10 + 0×10 + 80×5) / 75 = 68.7; 李军: only his 0 new customers and
    // 0 % timeliness were measured, so 0.
    expect(rows.map((r) => [r.name, r.score, r.rank])).toEqual([
      ['王芳', 68.7, 1],
      ['李军', 0, 2],
    ]);
    expect(Object.keys(KPI_DEFINITIONS)).toEqual(Object.keys(wang.kpis));
  });
});
