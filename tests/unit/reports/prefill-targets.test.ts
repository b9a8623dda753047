import { describe, expect, it } from 'vitest';
import { spanTarget } from '../../../src-shared/domain/performance';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { type Office, file } from './office';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

async function setTarget(
  o: Office,
  input: { scope: 'region' | 'rep'; userId?: number; metric: 'sales' | 'collection'; annual: number },
) {
  expectOk(await call(o.core, o.manager, 'targets.set', { year: 2026, method: 'equal', ...input } as never));
}

const prefill = async (o: Office, who: 'wang' | 'li' | 'manager', formCode: string, periodKey: string) =>
  expectOk(await call(o.core, o[who], 'reports.prefill', { formCode, periodKey } as never)).values;

describe('targets pre-filled from 销售目标 (one source)', () => {
  it('spreads a month over its days, so a week across two months takes each month’s share, in 分', () => {
    const months = new Map([
      ['2026-11', 30_000],
      ['2026-12', 31_000],
    ]);
    // Mon 30 Nov – Sun 6 Dec: 1 day of November (1,000) and 6 of December (6 × 1,000).
    expect(spanTarget(months, '2026-11-30', '2026-12-06')).toBe(7000);
    // 100,000 over November's 30 days, 7 of them: 23,333.33 (rounded to the 分).
    expect(spanTarget(new Map([['2026-11', 100_000]]), '2026-11-16', '2026-11-22')).toBe(23333.33);
    // A whole month is its target exactly.
    expect(spanTarget(new Map([['2026-02', 10_000.01]]), '2026-02-01', '2026-02-28')).toBe(10000.01);
    expect(spanTarget(new Map([['2026-10', null]]), '2026-10-05', '2026-10-11')).toBeNull();
    expect(spanTarget(new Map(), '2026-10-05', '2026-10-11')).toBeNull();
  });

  it('fills a rep’s F04 and F03 with his own targets, and leaves them to type when none is set', async () => {
    const o = await startOffice(START);
    await setTarget(o, { scope: 'rep', userId: o.wangId, metric: 'sales', annual: 1_200_000 });
    await setTarget(o, { scope: 'rep', userId: o.wangId, metric: 'collection', annual: 600_000 });

    expect(await prefill(o, 'wang', 'F04', '2026-11')).toMatchObject({
      salesTarget: 100_000,
      collectionTarget: 50_000,
    });
    // ISO week 48 (23–29 Nov) is 7 of November's 30 days.
    expect(await prefill(o, 'wang', 'F03', '2026-W48')).toMatchObject({
      salesTarget: 23333.33,
      collectionTarget: 11666.67,
    });
    // 李军 has no target: nothing is pre-filled for him to keep or change.
    const li = await prefill(o, 'li', 'F04', '2026-11');
    expect(li).not.toHaveProperty('salesTarget');
    expect(li).not.toHaveProperty('collectionTarget');
  });

  it('gives the manager the region’s target, else the reps’ added up, on F04, F08 and F09', async () => {
    const o = await startOffice(START);
    await setTarget(o, { scope: 'rep', userId: o.wangId, metric: 'sales', annual: 1_200_000 });
    await setTarget(o, { scope: 'rep', userId: o.liId, metric: 'sales', annual: 600_000 });
    // Without a region target: the reps' 100,000 + 50,000 a month.
    expect(await prefill(o, 'manager', 'F04', '2026-11')).toMatchObject({ salesTarget: 150_000 });

    await setTarget(o, { scope: 'region', metric: 'sales', annual: 1_800_000 });
    // A rep's own 月工作总结 target does not override 销售目标 in the manager's quarter.
    await file(o, o.wang, 'F04', '2026-10', { ...f04Sample(), salesTarget: 1, salesActual: 90_000 });
    const q4 = await prefill(o, 'manager', 'F08', '2026-Q4');
    expect(q4.monthlySales).toEqual([
      { month: '2026年10月', target: 150_000, actual: 90_000 },
      { month: '2026年11月', target: 150_000, actual: 0 },
      { month: '2026年12月', target: 150_000, actual: 0 },
    ]);
    expect(await prefill(o, 'manager', 'F09', '2026-Q4')).toMatchObject({
      salesTarget: 450_000,
      salesActual: 90_000,
    });
  });
});
