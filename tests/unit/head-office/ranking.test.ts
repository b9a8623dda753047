import { describe, expect, it } from 'vitest';
import type { BundlePerformance } from '../../../src-shared/bundle/bundle-data';
import type { Ranking } from '../../../src-shared/contract';
import { call, expectOk, MANAGER, queryRows } from '../../helpers/core-harness';
import { startHeadOffice } from './head-office';
import {
  actuals,
  EXPORT_AT,
  exportMonth,
  type HeadOffice,
  importAt,
  monthlyTarget,
  officeIn,
} from './ranking-offices';

/** Each rep as [name, region, score, rank], in ranking order. */
const repsOf = (r: Ranking) => r.reps.map((p) => [p.name, p.region, p.score, p.rank]);

async function ranking(hq: HeadOffice, period: 'month' | 'quarter' | 'year', key: string) {
  return expectOk(await call(hq.core, hq.admin, 'hq.ranking', { period, key }));
}

// No report was handed in at either office, so 报表及时率 is 0 % and 新客户 0 for every rep; 客户保留率
// and 协访评分 are not measured. A score is then (销售额达成率 × 40 + 回款达成率 × 25) ÷ 85, or
// 销售额达成率 × 40 ÷ 60 without a collection target.
describe('全国排名 at head office', { timeout: 120_000 }, () => {
  it('ranks regions and reps from the offices’ targets, actuals and KPIs, a newer revision replacing the older', async () => {
    // 杭州 (华东三区): 王芳 100,000 a month (October raised to 120,000 in a Q4 adjustment) and 80,000
    // of collections; 李军 50,000 a month, no collection target. The manager approves November's bonus.
    const hz = await officeIn({ regionCode: 'HD-03', regionName: '华东三区', officeName: '杭州办事处' });
    const wangSales = await monthlyTarget(hz, hz.wangId, 'sales', 100_000);
    await monthlyTarget(hz, hz.wangId, 'collection', 80_000);
    await monthlyTarget(hz, hz.liId, 'sales', 50_000);
    expectOk(
      await call(hz.core, hz.manager, 'targets.adjust', {
        targetId: wangSales.id,
        quarter: 4,
        months: [120_000, 100_000, 100_000],
        reason: '国庆促销,十月目标上调',
        requestedBy: '王芳',
        version: 1,
      }),
    );
    actuals(hz, hz.wangId, '2026-10', 110_000, 90_000);
    actuals(hz, hz.liId, '2026-10', 41_000, 20_000);
    actuals(hz, hz.wangId, '2026-11', 93_800, 60_000);
    actuals(hz, hz.liId, '2026-11', 57_000, 30_000);
    expectOk(await call(hz.core, hz.manager, 'bonus.approve', { month: '2026-11' }));

    // 广州 (华南一区): 王芳 200,000 a month and 150,000 of collections; 李军 has no target. November
    // goes out first with 180,000, then again after the ERP corrects it to 210,000.
    const gz = await officeIn({ regionCode: 'HN-01', regionName: '华南一区', officeName: '广州办事处' });
    await monthlyTarget(gz, gz.wangId, 'sales', 200_000);
    await monthlyTarget(gz, gz.wangId, 'collection', 150_000);
    actuals(gz, gz.wangId, '2026-11', 180_000, 150_000);
    actuals(gz, gz.liId, '2026-11', 80_000, 10_000);
    const gzFirst = await exportMonth(gz, '2026-11');
    actuals(gz, gz.wangId, '2026-11', 210_000, 150_000);
    gz.clock.advance(60_000);
    const gzSecond = await exportMonth(gz, '2026-11');

    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await importAt(hq, hz, await exportMonth(hz, '2026-10'));
    const hzNov = await importAt(hq, hz, await exportMonth(hz, '2026-11'));
    await importAt(hq, gz, gzFirst);
    const before = await ranking(hq, 'month', '2026-11');
    expect(before.reps.find((r) => r.region === '华南一区' && r.name === '王芳')!.kpis.salesRate).toBe(90);
    expect((await importAt(hq, gz, gzSecond)).supersededRevision).toBe(1);

    // November: 王芳 of 广州 105 % and 100 % → 78.8; 李军 of 杭州 114 % → 76.0; 王芳 of 杭州 93.8 % and
    // 75 % → 66.2; 李军 of 广州 has no targets → 0.
    const nov = await ranking(hq, 'month', '2026-11');
    expect(nov).toMatchObject({ label: '2026年11月', months: ['2026-11'] });
    expect(repsOf(nov)).toEqual([
      ['王芳', '华南一区', 78.8, 1],
      ['李军', '华东三区', 76, 2],
      ['王芳', '华东三区', 66.2, 3],
      ['李军', '华南一区', 0, 4],
    ]);
    const hzWang = nov.reps.find((r) => r.officeCode === 'HD-03' && r.name === '王芳')!;
    expect(hzWang).toMatchObject({
      userId: hz.wangId,
      months: 1,
      kpis: {
        salesRate: 93.8,
        collectionRate: 75,
        newCustomers: 0,
        retentionRate: null,
        jointVisitScore: null,
      },
      salesTarget: 100_000,
      salesActual: 93_800,
    });
    // Regions by 销售额达成率, counting the reps with a target: 广州 210,000 ÷ 200,000; 杭州
    // (93,800 + 57,000) ÷ 150,000. The sums show every rep's figures.
    expect(nov.regions.map((r) => [r.code, r.rank, r.salesRate, r.collectionRate])).toEqual([
      ['HN-01', 1, 105, 100],
      ['HD-03', 2, 100.5, 75],
    ]);
    expect(nov.regions[1]).toMatchObject({
      name: '杭州办事处',
      region: '华东三区',
      salesTarget: 150_000,
      salesActual: 150_800,
      collectionTarget: 80_000,
      collectionActual: 90_000,
      // (66.2 + 76.0) ÷ 2
      averageScore: 71.1,
      reps: 2,
      months: ['2026-11'],
      missing: [],
    });
    expect(nov.regions[0]).toMatchObject({ salesActual: 290_000, averageScore: 39.4, missing: [] });

    // The fourth quarter: October and November added up, December not yet due; 广州 sent no October.
    // 王芳 of 杭州: (110,000 + 93,800) ÷ (120,000 + 100,000) = 92.6 %, (90,000 + 60,000) ÷ 160,000 =
    // 93.8 % → 71.2. 李军 of 杭州: (41,000 + 57,000) ÷ 100,000 = 98 % → 65.3.
    const q4 = await ranking(hq, 'quarter', '2026-Q4');
    expect(q4.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(repsOf(q4)).toEqual([
      ['王芳', '华南一区', 78.8, 1],
      ['王芳', '华东三区', 71.2, 2],
      ['李军', '华东三区', 65.3, 3],
      ['李军', '华南一区', 0, 4],
    ]);
    expect(q4.reps[1]).toMatchObject({ months: 2, kpis: { salesRate: 92.6, collectionRate: 93.8 } });
    // 杭州: (110,000 + 41,000 + 93,800 + 57,000) ÷ 320,000 = 94.3 %.
    expect(q4.regions.map((r) => [r.code, r.rank, r.salesRate, r.months, r.missing])).toEqual([
      ['HN-01', 1, 105, ['2026-11'], [{ month: '2026-10', reason: 'noBundle' }]],
      ['HD-03', 2, 94.3, ['2026-10', '2026-11'], []],
    ]);

    const year = await ranking(hq, 'year', '2026');
    expect(year.label).toBe('2026年');
    expect(year.regions.find((r) => r.code === 'HD-03')!.missing.map((m) => m.month)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `2026-${m}`),
    );

    // What the bundle carried: the KPIs as the office computed them and the approved bonus.
    const section = JSON.parse(
      String(
        (
          await queryRows(
            hq,
            `select data from ho_bundle_sections where bundle_id = ? and name = 'performance'`,
            hzNov.bundleId,
          )
        )[0]!.data,
      ),
    ) as BundlePerformance;
    expect(section.kpis.map((k) => [k.name, k.score, k.rank])).toEqual([
      ['李军', 76, 1],
      ['王芳', 66.2, 2],
    ]);
    // 93.8 % earns 84.5 % of the 3,000 base and 114 % earns 128 %, each cut by 20 % for late reports.
    expect(section.bonus!.map((s) => [s.name, s.total, s.approvedBy, s.approvedAt])).toEqual([
      ['王芳', 2028, MANAGER.displayName, EXPORT_AT],
      ['李军', 3072, MANAGER.displayName, EXPORT_AT],
    ]);
    const october = await queryRows(
      hq,
      `select s.data from ho_bundle_sections s join ho_bundles b on b.id = s.bundle_id
       where b.period = '2026-10' and s.name = 'performance'`,
    );
    expect((JSON.parse(String(october[0]!.data)) as BundlePerformance).bonus).toBeNull();

    // The bundle view shows the region's targets and every adjustment with who asked and why.
    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: hzNov.bundleId }));
    const wang = bundle.targets!.targets.find((t) => t.userId === hz.wangId && t.metric === 'sales')!;
    expect(bundle.targets!.year).toBe(2026);
    expect(wang.months.slice(9)).toEqual([120_000, 100_000, 100_000]);
    expect(wang.history).toEqual([
      expect.objectContaining({ version: 1, quarter: null, oldAmount: null, newAmount: 1_200_000 }),
      {
        version: 2,
        quarter: 4,
        oldAmount: 300_000,
        newAmount: 320_000,
        reason: '国庆促销,十月目标上调',
        requestedBy: '王芳',
        approvedBy: MANAGER.displayName,
        at: EXPORT_AT,
      },
    ]);
  });
});
