import { describe, expect, it } from 'vitest';
import {
  fineFen,
  fineLines,
  fineMultipleProblem,
  formatFen,
  MIN_FINE_MULTIPLE,
} from '../../../src-shared/domain/channel';

describe('低价销售罚款 (第2篇 第3条)', () => {
  it('is (规定价 − 售价) × 数量 × 倍数, exact in 分', () => {
    // 规定价 128.50 元, sold at 119.90 元, 37 boxes, 5×: 8.60 × 37 × 5 = 1,591.00 元.
    expect(fineFen({ listPriceFen: 12_850, salePriceFen: 11_990, quantity: 37, multiple: 5 })).toBe(159_100);
    expect(fineFen({ listPriceFen: 101, salePriceFen: 100, quantity: 3, multiple: 7 })).toBe(21);
  });

  it('is nothing at or above the list price', () => {
    expect(fineFen({ listPriceFen: 12_850, salePriceFen: 12_850, quantity: 10, multiple: 5 })).toBe(0);
    expect(fineFen({ listPriceFen: 12_850, salePriceFen: 13_000, quantity: 10, multiple: 5 })).toBe(0);
    expect(
      fineLines({
        listPriceFen: 100,
        salePriceFen: 100,
        quantity: 1,
        multiple: 5,
        partyId: 2,
        supervisorId: 1,
      }),
    ).toEqual([]);
  });

  it('refuses a multiple below 5, or not a whole number', () => {
    expect(MIN_FINE_MULTIPLE).toBe(5);
    expect(fineMultipleProblem(4)).toContain('5倍');
    expect(fineMultipleProblem(5.5)).toContain('整数');
    expect(fineMultipleProblem(5)).toBeNull();
    expect(fineMultipleProblem(8)).toBeNull();
    expect(() => fineFen({ listPriceFen: 200, salePriceFen: 100, quantity: 1, multiple: 4 })).toThrow(
      RangeError,
    );
    expect(() => fineFen({ listPriceFen: 200.5, salePriceFen: 100, quantity: 1, multiple: 5 })).toThrow(
      RangeError,
    );
  });

  it('charges the 当事人 and the direct supervisor separately, the same amount each', () => {
    const lines = fineLines({
      listPriceFen: 5_000,
      salePriceFen: 4_500,
      quantity: 20,
      multiple: 6,
      partyId: 2,
      supervisorId: 1,
    });
    expect(lines).toEqual([
      { userId: 2, role: 'party', amountFen: 60_000 },
      { userId: 1, role: 'supervisor', amountFen: 60_000 },
    ]);
    // The regional manager as 当事人 has no supervisor in the office: one line.
    expect(
      fineLines({
        listPriceFen: 5_000,
        salePriceFen: 4_500,
        quantity: 20,
        multiple: 6,
        partyId: 1,
        supervisorId: null,
      }),
    ).toHaveLength(1);
  });

  it('prints 分 as 元', () => {
    expect(formatFen(159_100)).toBe('1,591.00');
    expect(formatFen(5)).toBe('0.05');
  });
});
