import { describe, expect, it } from 'vitest';
import {
  adjustmentLine,
  type BonusPlan,
  bonusShare,
  computeBonus,
  DEFAULT_BONUS_PLAN,
} from '../../../src-shared/domain/performance';

// Base 3,000 元; nothing under 80 %; 50 % of the base at 80 % rising to 100 % at 100 %; 2 points
// of the base per point over 100 %; at most 200 %; under 90 % timely reports cut 20 %.
const plan: BonusPlan = DEFAULT_BONUS_PLAN;

describe('bonus tiers', () => {
  it.each([
    [null, 0],
    [0, 0],
    [79.9, 0],
    [80, 50],
    [90, 75],
    [100, 100],
    [100.1, 100.2],
    [125, 150],
    [150, 200],
    [180, 200],
  ])('at %s %% achievement pays %s %% of the base', (rate, share) => {
    expect(bonusShare(plan, rate)).toBeCloseTo(share, 6);
  });

  it('pays the tier amount in yuan and fen', () => {
    const r = computeBonus(plan, { salesRate: 93.8, timelinessRate: 100, deductions: [] });
    // 50 + (13.8 / 20) × 50 = 84.5 % of 3,000 = 2,535.00 元.
    expect(r.total).toBe(2535);
    expect(r.lines).toEqual([
      { label: '达成奖金', amount: 2535, basis: '销售额达成率 93.8%,按方案计基数的 84.5%' },
    ]);
  });
});

describe('gates and deductions', () => {
  it('cuts the bonus when reports were late, and says why', () => {
    const r = computeBonus(plan, { salesRate: 100, timelinessRate: 89.9, deductions: [] });
    expect(r.total).toBe(2400);
    expect(r.lines[1]).toEqual({
      label: '报表及时率扣减',
      amount: -600,
      basis: '报表及时率 89.9% 低于 90%,扣达成奖金的 20%',
    });
    // Exactly at the gate: no cut.
    expect(computeBonus(plan, { salesRate: 100, timelinessRate: 90, deductions: [] }).total).toBe(3000);
  });

  it('subtracts deductions with their reasons, and never pays below zero', () => {
    const r = computeBonus(plan, {
      salesRate: 100,
      timelinessRate: null,
      deductions: [
        { amount: 500, reason: '窜货罚款 CH-2026-011' },
        { amount: 0.01, reason: '手工扣减:资料遗失' },
      ],
    });
    expect(r.total).toBe(2499.99);
    expect(r.lines.map((l) => l.amount)).toEqual([3000, -500, -0.01]);
    expect(
      computeBonus(plan, {
        salesRate: 85,
        timelinessRate: 100,
        deductions: [{ amount: 9999, reason: '罚款' }],
      }).total,
    ).toBe(0);
  });
});

describe('locked months', () => {
  it('corrects an approved month by a line in the next month, never by rewriting it', () => {
    const line = adjustmentLine('2026-10', 2535, 2700);
    expect(line).toEqual({
      label: '2026-10 奖金调整',
      amount: 165,
      basis: '2026-10 已审核奖金 2535.00 元,重新核算为 2700.00 元',
    });
    expect(adjustmentLine('2026-10', 2535, 2535)).toBeNull();
    const november = computeBonus(plan, {
      salesRate: 100,
      timelinessRate: 100,
      deductions: [],
      adjustments: [line!],
    });
    expect(november.total).toBe(3165);
    expect(adjustmentLine('2026-10', 2700, 2535)!.amount).toBe(-165);
  });
});
