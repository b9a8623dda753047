import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk } from '../../helpers/core-harness';
import { channelOffice, register } from './channel-office';

describe('F11 previews', () => {
  it('gives the 规定价 of the day the reporter names, and nothing for an unlisted product', async () => {
    const o = await channelOffice();
    const nov = expectOk(
      await call(o.core, o.wang, 'channel.priceOn', { productCode: 'KJ-100', day: '2026-11-20' }),
    );
    expect(nov).toEqual({
      product: { code: 'KJ-100', name: '康健牌血糖试纸', spec: '50片/盒', unit: '盒' },
      listPriceFen: 13_000,
    });
    const oct = expectOk(
      await call(o.core, o.wang, 'channel.priceOn', { productCode: 'KJ-100', day: '2026-10-30' }),
    );
    expect(oct.listPriceFen).toBe(12_850);
    expect(
      expectOk(await call(o.core, o.wang, 'channel.priceOn', { productCode: 'XX-999', day: '2026-11-20' })),
    ).toEqual({ product: null, listPriceFen: null });
  });

  it('shows the fines a finding would charge, the same as the decision then charges', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang);
    const none = expectOk(await call(o.core, o.manager, 'channel.finePreview', { id }));
    expect(none.lines).toEqual([]);
    expect(none.note).toContain('当事人');
    const preview = expectOk(await call(o.core, o.manager, 'channel.finePreview', { id, partyId: o.liId }));
    // (130.00 − 119.90) × 40 × 5 = 2,020.00 元 each.
    expect(preview.lines.map((l) => [l.userName, l.role, l.amountFen])).toEqual([
      ['李军', 'party', 202_000],
      ['张伟', 'supervisor', 202_000],
    ]);
    await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
    const decided = expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id,
        outcome: 'confirmed',
        verification: '属实',
        partyId: o.liId,
      }),
    );
    expect(decided.fines.map((f) => [f.userName, f.role, f.amountFen])).toEqual(
      preview.lines.map((l) => [l.userName, l.role, l.amountFen]),
    );
    expectError(await call(o.core, o.wang, 'channel.finePreview', { id }), 'FORBIDDEN');
  });
});
