import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../src-shared/contract';
import { call, expectError, expectOk, tableChecksums } from '../../helpers/core-harness';
import { travel } from '../reports/office';
import { channelOffice } from './channel-office';

const line = (over: Partial<InputOf<'channel.saveFlow'>['lines'][number]> = {}) => ({
  saleDate: '2026-11-12',
  productCode: 'KJ-100',
  batchNo: '20261101',
  quantity: 200,
  buyerName: '绍兴市人民医院',
  buyerRegion: 'HD-03',
  ...over,
});

describe('F10 商品流向单', () => {
  it('reconciles each batch against the shipments to the dealer and flags out-of-region buyers', async () => {
    const o = await channelOffice();
    const flow = expectOk(
      await call(o.core, o.clerk, 'channel.saveFlow', {
        dealerCode: 'D-HZ01',
        month: '2026-11',
        submittedOn: '2026-12-04',
        lines: [line(), line({ quantity: 250, buyerName: '苏州某药房', buyerRegion: 'HD-01' })],
      }),
    );
    expect(flow).toMatchObject({ dealerName: '杭州康达医药', due: '2026-12-05', onTime: true, ok: false });
    expect(flow.batches).toEqual([
      { productCode: 'KJ-100', batchNo: '20261101', shipped: 500, flowed: 450, over: false, unknown: false },
    ]);
    expect(flow.lines.map((l) => l.outOfRegion)).toEqual([false, true]);

    // December sells on the same batch: 450 already flowed, 100 more is beyond the 500 shipped.
    await travel(o, '2027-01-03T02:00:00.000Z');
    const december = expectOk(
      await call(o.core, o.clerk, 'channel.saveFlow', {
        dealerCode: 'D-HZ01',
        month: '2026-12',
        submittedOn: '2027-01-03',
        lines: [line({ saleDate: '2026-12-10', quantity: 100 })],
      }),
    );
    expect(december.batches[0]).toMatchObject({ shipped: 500, flowed: 550, over: true });
  });

  it('replaces a month’s F10 when it is entered again', async () => {
    const o = await channelOffice();
    const input = { dealerCode: 'D-HZ01', month: '2026-11', submittedOn: '2026-12-04', lines: [line()] };
    const first = expectOk(await call(o.core, o.manager, 'channel.saveFlow', input));
    const second = expectOk(
      await call(o.core, o.manager, 'channel.saveFlow', { ...input, lines: [line({ quantity: 50 })] }),
    );
    expect(second.id).toBe(first.id);
    expect(second.lines.map((l) => l.quantity)).toEqual([50]);
  });

  it('refuses another region’s dealer, a line outside the month, a future date; stores nothing', async () => {
    const o = await channelOffice();
    const before = tableChecksums(o.dataDir);
    const base = { dealerCode: 'D-HZ01', month: '2026-11', submittedOn: '2026-12-04', lines: [line()] };
    for (const input of [
      { ...base, dealerCode: 'D-SZ01' },
      { ...base, lines: [line({ saleDate: '2026-10-31' })] },
      { ...base, submittedOn: '2026-12-09' },
      { ...base, lines: [] },
      { ...base, month: '2026-13' },
    ]) {
      const error = expectError(await call(o.core, o.clerk, 'channel.saveFlow', input), 'BAD_INPUT');
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // A rep does not enter dealers' documents.
    expectError(await call(o.core, o.wang, 'channel.saveFlow', base), 'FORBIDDEN');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('lists the month per dealer and advises 停止发货 for a missing or late F10', async () => {
    const o = await channelOffice();
    expectOk(
      await call(o.core, o.clerk, 'channel.saveFlow', {
        dealerCode: 'D-HZ01',
        month: '2026-11',
        submittedOn: '2026-12-04',
        lines: [line()],
      }),
    );
    const month = expectOk(await call(o.core, o.manager, 'channel.flowMonth', { month: '2026-11' }));
    expect(month.due).toBe('2026-12-05');
    expect(month.dealers.map((d) => [d.code, d.state, d.ok])).toEqual([
      ['D-HZ01', 'on_time', true],
      ['D-NB03', 'missing', null],
      ['D-SX02', 'missing', null],
    ]);
    // 宁波本地药房 does not radiate: it owes no F10.
    expect(month.stopAdvice.map((a) => a.code)).toEqual(['D-SX02']);

    // With the due day moved to the 10th, nothing is missing yet on 8 December.
    expectOk(await call(o.core, o.manager, 'channel.updateSettings', { fineMultiple: 5, f10DueDay: 10 }));
    const later = expectOk(await call(o.core, o.manager, 'channel.flowMonth', { month: '2026-11' }));
    expect(later.stopAdvice).toEqual([]);
  });
});
