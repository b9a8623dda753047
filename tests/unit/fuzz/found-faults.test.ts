import { afterEach, describe, expect, it } from 'vitest';
import { type FuzzInstallation, openInstallation, tableHashes } from './contract-fuzz';

// Inputs the contract fuzz found answered with INTERNAL, a hang or a changed table; kept as plain cases.

let inst: FuzzInstallation | undefined;
afterEach(() => inst?.close());

const [manager, rep] = [0, 1];

describe('inputs the contract fuzz found', () => {
  it('answers a month range whose end is not a month with BAD_INPUT at once, instead of counting months forever', async () => {
    inst = await openInstallation('office');
    // The input is checked before the installation's mode, so any signed-in rep could send it.
    const started = performance.now();
    const answer = await inst.core.dispatch(
      'hq.channel',
      { from: '2026-11', to: 'zzzz' },
      inst.callers[rep]!,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const training = await inst.core.dispatch(
      'hq.training',
      { from: '2026-11', to: '2026-1' },
      inst.callers[rep]!,
    );
    expect(training).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a shipment quantity beyond the safe integers and stores nothing', async () => {
    inst = await openInstallation('headOffice');
    const admin = inst.callers[manager]!;
    const product = { code: 'P001', name: '净水器 A1' };
    const dealer = { code: 'D001', name: '金陵五金', regionCode: 'HD', agreementStatus: 'active' };
    expect(await inst.core.dispatch('reference.saveProduct', product, admin)).toMatchObject({ ok: true });
    expect(await inst.core.dispatch('reference.saveDealer', dealer, admin)).toMatchObject({ ok: true });
    const before = tableHashes(inst.dataDir);
    const line = {
      docNo: 'FH-2026-001',
      shipDate: '2026-11-20',
      dealerCode: 'D001',
      productCode: 'P001',
      batchNo: 'B2611',
      cartonFrom: '0001',
      cartonTo: '0010',
      unitPrice: 100,
    };
    for (const quantity of [Number.MAX_SAFE_INTEGER + 2, 2 ** 64]) {
      const answer = await inst.core.dispatch('reference.saveShipment', { ...line, quantity }, admin);
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(tableHashes(inst.dataDir)).toEqual(before);
    expect(
      await inst.core.dispatch('reference.saveShipment', { ...line, quantity: 10 }, admin),
    ).toMatchObject({
      ok: true,
    });
  });
});
