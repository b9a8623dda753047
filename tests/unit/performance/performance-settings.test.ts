import { describe, expect, it } from 'vitest';
import { DEFAULT_BONUS_PLAN, DEFAULT_SCORE_SETTINGS } from '../../../src-shared/domain/performance';
import { call, expectError, expectOk, startOffice, tableChecksums } from '../../helpers/core-harness';
import { importActuals } from '../../helpers/sales-figures';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

const DEFAULTS = { score: DEFAULT_SCORE_SETTINGS, plan: DEFAULT_BONUS_PLAN };

describe('KPI weights and the bonus plan as settings (激励方案)', () => {
  it('scores and pays open months by the manager’s settings, and keeps a locked month as approved', async () => {
    const o = await startOffice(START);
    expect(expectOk(await call(o.core, o.clerk, 'performance.settings', {}))).toEqual(DEFAULTS);
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
    importActuals(o.dbFile, [
      { userId: o.wangId, month: '2026-10', sales: 90_000 },
      { userId: o.wangId, month: '2026-11', sales: 90_000 },
    ]);
    expectOk(await call(o.core, o.manager, 'bonus.approve', { month: '2026-10' }));
    const approvedOctober = expectOk(await call(o.core, o.manager, 'bonus.month', { month: '2026-10' }));

    // Sales only, full marks at 90 %; a 5,000 base, no late-report cut.
    const settings = {
      score: {
        ...DEFAULT_SCORE_SETTINGS,
        weights: {
          salesRate: 100,
          collectionRate: 0,
          newCustomers: 0,
          retentionRate: 0,
          timelinessRate: 0,
          jointVisitScore: 0,
        },
        fullMarks: { ...DEFAULT_SCORE_SETTINGS.fullMarks, salesRate: 90 },
      },
      plan: { ...DEFAULT_BONUS_PLAN, base: 5000, lateCutShare: 0 },
    };
    expect(expectOk(await call(o.core, o.manager, 'performance.updateSettings', settings))).toEqual(settings);

    const kpis = expectOk(await call(o.core, o.manager, 'kpi.month', { month: '2026-11' }));
    expect(kpis.rows.find((r) => r.userId === o.wangId)!.score).toBe(100);
    // 90 % of target: 75 % of the base (linear from 50 % at 80 % to 100 % at 100 %).
    const november = expectOk(await call(o.core, o.manager, 'bonus.month', { month: '2026-11' }));
    const wang = november.statements.find((s) => s.userId === o.wangId)!;
    expect(wang.lines.map((l) => [l.label, l.amount])).toEqual([['达成奖金', 3750]]);
    expect(wang.figures?.plan?.base).toBe(5000);
    // October was approved under the old plan and stays so; November carries no adjustment for it,
    // since a plan change is not a correction of October's figures.
    expect(expectOk(await call(o.core, o.manager, 'bonus.month', { month: '2026-10' }))).toEqual(
      approvedOctober,
    );
  });

  it('refuses settings that cannot score or pay, in Chinese, and stores nothing', async () => {
    const o = await startOffice(START);
    const before = tableChecksums(o.dbFile);
    const zeroWeights = {
      score: {
        ...DEFAULT_SCORE_SETTINGS,
        weights: Object.fromEntries(Object.keys(DEFAULT_SCORE_SETTINGS.weights).map((k) => [k, 0])),
      },
      plan: { ...DEFAULT_BONUS_PLAN, capShare: 80, base: -1 },
    };
    const bad = expectError(
      await call(o.core, o.manager, 'performance.updateSettings', zeroWeights as never),
      'BAD_INPUT',
    );
    expect(bad.fields).toMatchObject({
      'score.weights': '至少一项指标的权重须大于 0',
      'plan.capShare': '封顶比例不能低于 100%',
      'plan.base': '奖金基数不能小于 0',
    });
    expectError(await call(o.core, o.clerk, 'performance.updateSettings', DEFAULTS), 'FORBIDDEN');
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });
});
