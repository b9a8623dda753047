import { describe, expect, it } from 'vitest';
import { f10DueDate, f10State, reconcileFlow, stopShipmentAdvice } from '../../../src-shared/domain/channel';

describe('商品流向单 reconciliation', () => {
  const shipped = [
    { productCode: 'KJ-100', batchNo: '20261101', quantity: 300 },
    { productCode: 'KJ-100', batchNo: '20261101', quantity: 200 },
    { productCode: 'KJ-200', batchNo: '20261105', quantity: 50 },
  ];

  it('passes when each batch flowed no more than was shipped, to buyers in the region', () => {
    const r = reconcileFlow({
      dealerRegion: 'HD-03',
      shipped,
      lines: [
        {
          productCode: 'KJ-100',
          batchNo: '20261101',
          quantity: 450,
          buyerName: '绍兴大药房',
          buyerRegion: 'HD-03',
        },
        {
          productCode: 'KJ-100',
          batchNo: '20261101',
          quantity: 50,
          buyerName: '宁波医院',
          buyerRegion: 'HD-03',
        },
      ],
    });
    expect(r.ok).toBe(true);
    expect(r.batches).toEqual([
      { productCode: 'KJ-100', batchNo: '20261101', shipped: 500, flowed: 500, over: false, unknown: false },
    ]);
  });

  it('flags a batch flowed beyond its shipment, an unknown batch and an out-of-region buyer', () => {
    const r = reconcileFlow({
      dealerRegion: 'HD-03',
      shipped,
      lines: [
        { productCode: 'KJ-200', batchNo: '20261105', quantity: 51, buyerName: '甲', buyerRegion: 'HD-03' },
        { productCode: 'KJ-100', batchNo: '20260901', quantity: 10, buyerName: '乙', buyerRegion: 'HD-03' },
        {
          productCode: 'KJ-100',
          batchNo: '20261101',
          quantity: 10,
          buyerName: '苏州丙',
          buyerRegion: 'HD-01',
        },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.batches.filter((b) => b.over).map((b) => b.batchNo)).toEqual(['20261105', '20260901']);
    expect(r.batches.find((b) => b.batchNo === '20260901')).toMatchObject({ unknown: true, shipped: 0 });
    expect(r.outOfRegion).toEqual([2]);
  });
});

describe('商品流向单 due rule', () => {
  it('is due by the 5th of the next month, or the set day, across the year end', () => {
    expect(f10DueDate('2026-11')).toBe('2026-12-05');
    expect(f10DueDate('2026-12')).toBe('2027-01-05');
    expect(f10DueDate('2027-01', 10)).toBe('2027-02-10');
    expect(() => f10DueDate('2026-13')).toThrow(RangeError);
    expect(() => f10DueDate('2026-11', 0)).toThrow(RangeError);
  });

  it('judges on time, late, missing and not yet due', () => {
    expect(f10State('2026-12-05', '2026-12-05', '2026-12-20')).toBe('on_time');
    expect(f10State('2026-12-05', '2026-12-06', '2026-12-20')).toBe('late');
    expect(f10State('2026-12-05', null, '2026-12-05')).toBe('not_due');
    expect(f10State('2026-12-05', null, '2026-12-06')).toBe('missing');
  });

  it('advises 停止发货 for radiating dealers whose F10 is missing or late', () => {
    const advice = stopShipmentAdvice({
      month: '2026-11',
      dueDay: 5,
      today: '2026-12-08',
      dealers: [
        { code: 'D1', name: '杭州康达', radiates: true, submittedOn: '2026-12-03' },
        { code: 'D2', name: '绍兴仁和', radiates: true, submittedOn: null },
        { code: 'D3', name: '宁波华康', radiates: true, submittedOn: '2026-12-07' },
        { code: 'D4', name: '湖州本地', radiates: false, submittedOn: null },
      ],
    });
    expect(advice.map((a) => [a.code, a.state])).toEqual([
      ['D2', 'missing'],
      ['D3', 'late'],
    ]);
    expect(advice[0]!.reason).toContain('2026-12-05');
  });
});

describe('商品流向单 across months', () => {
  it('counts what earlier F10s already flowed of a batch', () => {
    const r = reconcileFlow({
      dealerRegion: 'HD-03',
      shipped: [{ productCode: 'KJ-100', batchNo: 'B1', quantity: 100 }],
      priorFlowed: [{ productCode: 'KJ-100', batchNo: 'B1', quantity: 80 }],
      lines: [{ productCode: 'KJ-100', batchNo: 'B1', quantity: 30, buyerName: '甲', buyerRegion: 'HD-03' }],
    });
    expect(r.batches[0]).toMatchObject({ shipped: 100, flowed: 110, over: true });
  });
});
