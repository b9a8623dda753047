import { describe, expect, it } from 'vitest';
import {
  quartersOf,
  regionGap,
  splitAnnualTarget,
  splitByWeights,
  toFen,
} from '../../../src-shared/domain/performance';

const fenSum = (xs: number[]) => xs.reduce((a, b) => a + toFen(b), 0);

describe('splitting an annual target into months', () => {
  it('splits equally in whole fen that add up to the year exactly', () => {
    // 1,000,000.00 元 / 12 = 83,333.333…: four months take the extra fen, the earliest first.
    const months = splitAnnualTarget(1_000_000, 'equal');
    expect(months).toHaveLength(12);
    expect(fenSum(months)).toBe(100_000_000);
    expect(months.slice(0, 4)).toEqual([83333.34, 83333.34, 83333.34, 83333.34]);
    expect(months.slice(4)).toEqual(Array(8).fill(83333.33));
  });

  it('splits a target of a few fen without losing any', () => {
    expect(splitAnnualTarget(0.05, 'equal')).toEqual([0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0, 0, 0, 0, 0]);
    expect(splitAnnualTarget(0, 'equal')).toEqual(Array(12).fill(0));
  });

  it("follows last year's monthly shares, and the months still add up", () => {
    // Last year: 10 in January, 20 in February, nothing after, 30 in December (60 in all).
    const lastYear = [10, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30];
    const months = splitAnnualTarget(1000, 'lastYear', lastYear);
    expect(months).toEqual([166.67, 333.33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 500]);
    expect(fenSum(months)).toBe(100_000);
    // A third each way: 333.33 + 333.33 + 333.34, the extra fen to the largest remainder, then the earliest.
    expect(splitByWeights(1000, [1, 1, 1])).toEqual([333.34, 333.33, 333.33]);
  });

  it('splits equally when last year had no sales at all', () => {
    expect(splitAnnualTarget(1200, 'lastYear', Array(12).fill(0))).toEqual(Array(12).fill(100));
  });

  it('takes typed months only when they add up to the year, and says by how much they do not', () => {
    const typed = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 99.99];
    expect(splitAnnualTarget(1199.99, 'typed', typed)).toEqual(typed);
    expect(() => splitAnnualTarget(1200, 'typed', typed)).toThrow('各月目标合计与年度目标相差 0.01 元');
    expect(() => splitAnnualTarget(1200, 'typed', [100])).toThrow('须填写 12 个月的目标');
  });

  it('refuses a negative target or negative shares', () => {
    expect(() => splitAnnualTarget(-1, 'equal')).toThrow('年度目标须为非负金额');
    expect(() => splitByWeights(100, [1, -1])).toThrow('占比须为非负数');
  });

  it('sums months into quarters in fen', () => {
    const months = splitAnnualTarget(1_000_000, 'equal');
    const quarters = quartersOf(months);
    expect(quarters).toEqual([250000.02, 250000, 249999.99, 249999.99]);
    expect(fenSum(quarters)).toBe(100_000_000);
  });

  it("shows how far the reps' targets are from the region's", () => {
    expect(regionGap(3_000_000, [1_200_000, 1_000_000, 800_000])).toBe(0);
    expect(regionGap(3_000_000, [1_200_000, 1_000_000, 799_999.99])).toBe(0.01);
    expect(regionGap(3_000_000, [1_200_000, 1_000_000, 900_000])).toBe(-100_000);
  });
});
