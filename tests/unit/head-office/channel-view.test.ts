import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, MANAGER, OFFICE, signIn } from '../../helpers/core-harness';
import { channelOffice, DEC_8, register } from '../channel/channel-office';
import { HQ_ADMIN, startHeadOffice } from './head-office';
import { exportMonth, importAt } from './ranking-offices';

/** Monday 4 January 2027, 10:00: December goes out. */
const JAN_4 = '2027-01-04T02:00:00.000Z';

/**
 * 杭州办事处 (华东三区, HD-03) finds 40 boxes of a batch that head office shipped to 苏州华康医药 in
 * HD-01, registered on 25 November; November's bundle goes to head office.
 */
async function crossRegionCase() {
  const o = await channelOffice();
  const caseId = await register(o, o.wang, { partyId: o.liId });
  const hq = await startHeadOffice(DEC_8);
  const { bundleId } = await importAt(hq, o, await exportMonth(o, '2026-11'));
  return { o, hq, caseId, bundleId };
}

describe('窜货低价案件 at head office', () => {
  it('lists a case found in one region with another region’s batch under both, and counts it in both', async () => {
    const { hq, caseId, bundleId } = await crossRegionCase();

    const all = expectOk(await call(hq.core, hq.admin, 'hq.channel', {}));
    expect(all.months).toEqual(['2026-11']);
    expect(all.regions).toEqual([
      { code: 'HD-01', name: 'HD-01' },
      { code: 'HD-03', name: OFFICE.regionName },
    ]);
    expect(all.cases).toHaveLength(1);
    expect(all.cases[0]).toMatchObject({
      caseId,
      officeCode: 'HD-03',
      officeName: OFFICE.officeName,
      regionCode: 'HD-03',
      regionName: OFFICE.regionName,
      month: '2026-11',
      foundOn: '2026-11-25',
      productCode: 'KJ-100',
      batchNo: '20261102',
      quantity: 40,
      sourceDealerCode: 'D-SZ01',
      sourceRegionCode: 'HD-01',
      crossRegion: true,
      status: 'registered',
      fineTotalFen: 0,
      period: '2026-11',
    });
    // Counted under the region it was found in and the region its batch was shipped to; once in all.
    const cell = (region: string) => all.matrix.find((r) => r.code === region)!.cells;
    expect(cell('HD-01')).toEqual([{ month: '2026-11', count: 1, crossRegion: 1 }]);
    expect(cell('HD-03')).toEqual([{ month: '2026-11', count: 1, crossRegion: 1 }]);
    expect(all.monthTotals).toEqual([{ month: '2026-11', count: 1 }]);

    for (const region of ['HD-01', 'HD-03']) {
      const mine = expectOk(await call(hq.core, hq.admin, 'hq.channel', { region }));
      expect(mine.cases.map((c) => [c.officeCode, c.caseId])).toEqual([['HD-03', caseId]]);
      // The matrix keeps every region whichever is chosen.
      expect(mine.matrix.map((r) => r.code)).toEqual(['HD-01', 'HD-03']);
    }
    const elsewhere = expectOk(await call(hq.core, hq.admin, 'hq.channel', { region: 'HD-02' }));
    expect(elsewhere.cases).toEqual([]);
    const later = expectOk(await call(hq.core, hq.admin, 'hq.channel', { from: '2026-12', to: '2027-01' }));
    expect(later.months).toEqual(['2026-12', '2027-01']);
    expect(later.cases).toEqual([]);
    expect(later.matrix.find((r) => r.code === 'HD-01')!.cells.map((c) => c.count)).toEqual([0, 0]);

    // The bundle's own page sums up its section.
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel.bundle', { bundleId }))).toEqual({
      month: '2026-11',
      cases: 1,
      crossRegion: 1,
      byStatus: [{ status: 'registered', count: 1 }],
      fines: { count: 0, totalFen: 0 },
      sanctions: [],
      flows: { count: 0, late: 0, notOk: 0 },
      // Exported on 8 December: both radiating dealers owed November's F10 by the 5th.
      stopAdvice: 2,
    });
  });

  it('lists the dealers an office advised stopping for a missing or late F10 under 建议停止发货', async () => {
    const o = await channelOffice();
    // 绍兴仁和 handed in November's F10 on 7 December, after the 5th; 杭州康达 sent none.
    expectOk(
      await call(o.core, o.clerk, 'channel.saveFlow', {
        dealerCode: 'D-SX02',
        month: '2026-11',
        submittedOn: '2026-12-07',
        lines: [
          {
            saleDate: '2026-11-20',
            productCode: 'KJ-200',
            batchNo: '20261103',
            quantity: 10,
            buyerName: '绍兴市中医院',
            buyerRegion: 'HD-03',
          },
        ],
      }),
    );
    const hq = await startHeadOffice(DEC_8);
    const { bundleId } = await importAt(hq, o, await exportMonth(o, '2026-11'));

    const view = expectOk(await call(hq.core, hq.admin, 'hq.channel', { from: '2026-11', to: '2026-12' }));
    expect(view.stopAdvice).toEqual([
      {
        officeCode: 'HD-03',
        officeName: OFFICE.officeName,
        regionCode: 'HD-03',
        regionName: OFFICE.regionName,
        month: '2026-11',
        dealerCode: 'D-HZ01',
        dealerName: '杭州康达医药',
        // Head office's own dealer list does not hold it here.
        dealerRegionCode: null,
        reason: 'missing',
        submittedOn: null,
        dueOn: '2026-12-05',
        bundleId,
      },
      expect.objectContaining({
        dealerCode: 'D-SX02',
        dealerName: '绍兴仁和医药',
        reason: 'late',
        submittedOn: '2026-12-07',
      }),
    ]);
    // No cases, yet the month with advice is shown.
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel', {})).months).toEqual(['2026-11']);
    // The office's region keeps them; another region and other months leave them out.
    expect(
      expectOk(await call(hq.core, hq.admin, 'hq.channel', { region: 'HD-03' })).stopAdvice,
    ).toHaveLength(2);
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel', { region: 'HD-01' })).stopAdvice).toEqual([]);
    expect(
      expectOk(await call(hq.core, hq.admin, 'hq.channel', { from: '2026-12', to: '2027-01' })).stopAdvice,
    ).toEqual([]);
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel.bundle', { bundleId }))).toMatchObject({
      stopAdvice: 2,
      flows: { count: 1, late: 1, notOk: 0 },
    });
  });

  it('keeps a case once, in its state from the month it was decided, with its fines and sanctions', async () => {
    const { o, hq, caseId } = await crossRegionCase();
    expectOk(await call(o.core, o.manager, 'channel.move', { id: caseId, to: 'verifying' }));
    expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id: caseId,
        outcome: 'confirmed',
        verification: '药店购进票据显示由李军经手低价供货。',
        decision: '罚款;苏州华康医药停止发货。',
        sanctions: [
          { dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2026-12-08' },
          { dealerCode: 'D-HZ01', kind: 'stop_shipment', fromDay: '2026-12-08', toDay: '2026-12-31' },
        ],
      }),
    );
    o.clock.set(JAN_4);
    hq.clock.set(JAN_4);
    const manager = await signIn(o.core, MANAGER.username, MANAGER.password);
    hq.admin = await signIn(hq.core, HQ_ADMIN.username, HQ_ADMIN.password);
    await importAt(hq, { ...o, manager }, await exportMonth({ ...o, manager }, '2026-12'));

    const view = expectOk(await call(hq.core, hq.admin, 'hq.channel', {}));
    expect(view.cases).toHaveLength(1);
    // (130.00 − 119.90) × 40 × 5 to 李军 and again to his supervisor.
    expect(view.cases[0]).toMatchObject({
      caseId,
      status: 'confirmed',
      decidedOn: '2026-12-08',
      period: '2026-12',
    });
    expect(view.cases[0]!.fines.map((f) => [f.role, f.amountFen])).toEqual([
      ['party', 202_000],
      ['supervisor', 202_000],
    ]);
    expect(view.cases[0]!.fineTotalFen).toBe(404_000);
    expect(view.fines).toEqual({ count: 2, totalFen: 404_000, partyFen: 202_000, supervisorFen: 202_000 });
    // D-HZ01's stop ended on 31 December: only 苏州华康医药's is in force on 4 January.
    expect(view.sanctions).toEqual([
      expect.objectContaining({
        officeCode: 'HD-03',
        caseId,
        dealerCode: 'D-SZ01',
        kind: 'stop_shipment',
        fromDay: '2026-12-08',
        toDay: null,
        started: true,
        // Head office's dealer list has no such dealer yet: nothing has gone down.
        sentDown: false,
        dealerRegionCode: null,
      }),
    ]);
    // The deciding office's region keeps its sanctions; another region's filter leaves them out.
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel', { region: 'HD-03' })).sanctions).toHaveLength(
      1,
    );
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel', { region: 'HD-02' })).sanctions).toEqual([]);
  });

  it('refuses a bad region or month with a Chinese message', async () => {
    const hq = await startHeadOffice(DEC_8);
    const bad = [
      { region: 'HD 01' },
      { region: '华东' },
      { region: '' },
      { from: '2026-13' },
      { to: '2026/11' },
      { from: '2026-12', to: '2026-11' },
      { from: '2023-01', to: '2026-11' },
      { region: 'HD-01', extra: 1 },
    ];
    for (const input of bad) {
      const error = expectError(await call(hq.core, hq.admin, 'hq.channel', input as never), 'BAD_INPUT');
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // An office does not answer it.
    const o = await channelOffice();
    expect(expectError(await call(o.core, o.manager, 'hq.channel', {}), 'FORBIDDEN').message).toContain(
      '销售部',
    );
  });
});
