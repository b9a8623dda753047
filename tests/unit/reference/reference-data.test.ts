import { describe, expect, it } from 'vitest';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  FakeCaller,
  queryRows,
  startOffice,
  tableChecksumsOf,
} from '../../helpers/core-harness';
import { startHeadOffice } from '../head-office/head-office';
import { seedReference } from './reference-fixtures';

const seqOf = async (t: Parameters<typeof queryRows>[0]) =>
  (await queryRows(t, 'select seq from ref_state'))[0]!.seq;

describe('head office’s reference data', () => {
  it('saves and lists products, prices and dealers, each write under the next change number', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await seedReference(hq.core, hq.admin);
    // Two products, three prices, three dealers: eight writes.
    expect(await seqOf(hq)).toBe(8);

    expect(expectOk(await call(hq.core, hq.admin, 'reference.products', {}))).toEqual([
      { code: 'P1001', name: '康健牌复方丹参片', spec: '0.32g×60片', unit: '盒', seq: 1 },
      { code: 'P1002', name: '康健牌板蓝根颗粒', spec: '10g×20袋', unit: '盒', seq: 2 },
    ]);
    expect(expectOk(await call(hq.core, hq.admin, 'reference.prices', { productCode: 'P1001' }))).toEqual([
      { productCode: 'P1001', effectiveFrom: '2026-10-01', priceFen: 2_580, seq: 4 },
      { productCode: 'P1001', effectiveFrom: '2026-01-01', priceFen: 2_450, seq: 3 },
    ]);
    const dealers = expectOk(await call(hq.core, hq.admin, 'reference.dealers', { regionCode: 'HD-05' }));
    expect(dealers).toEqual([
      {
        code: 'D5001',
        name: '南京医药苏南分公司',
        regionCode: 'HD-05',
        agreementNo: 'XY-2026-052',
        agreementStatus: 'suspended',
        radiates: false,
        shipmentStop: { from: '2026-11-20', reason: '未按期交商品流向单' },
        seq: 8,
      },
    ]);
    expect(
      expectOk(await call(hq.core, hq.admin, 'reference.dealers', { query: '震元' })).map((d) => d.code),
    ).toEqual(['D3002']);

    // A save that changes nothing takes no number; a change does, and a typed code in full width is the same code.
    const same = expectOk(
      await call(hq.core, hq.admin, 'reference.saveProduct', {
        code: 'P1001',
        name: '康健牌复方丹参片',
        spec: '0.32g×60片',
        unit: '盒',
      }),
    );
    expect(same.seq).toBe(1);
    expect(await seqOf(hq)).toBe(8);
    const renamed = expectOk(
      await call(hq.core, hq.admin, 'reference.saveProduct', {
        code: 'Ｐ１００１',
        name: '复方丹参片(薄膜衣)',
      }),
    );
    expect(renamed).toEqual({ code: 'P1001', name: '复方丹参片(薄膜衣)', spec: '', unit: '', seq: 9 });
    const resumed = expectOk(
      await call(hq.core, hq.admin, 'reference.saveDealer', {
        code: 'D5001',
        name: '南京医药苏南分公司',
        regionCode: 'HD-05',
        agreementNo: 'XY-2026-052',
        agreementStatus: 'active',
        shipmentStop: null,
      }),
    );
    expect(resumed).toMatchObject({ agreementStatus: 'active', shipmentStop: null, seq: 10 });
    expect(
      await queryRows(
        hq,
        "select shipment_stop_from, shipment_stop_reason from ref_dealers where code = 'D5001'",
      ),
    ).toEqual([{ shipment_stop_from: null, shipment_stop_reason: null }]);
    // Each save is on record with who made it.
    expect(
      await queryRows(
        hq,
        "select count(*) n from audit_log where entity in ('ref_product','ref_price','ref_dealer')",
      ),
    ).toEqual([{ n: 11 }]);
  });

  it('refuses bad input in Chinese and stores nothing', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await seedReference(hq.core, hq.admin);
    const before = await tableChecksumsOf(hq);
    const bad = async (method: string, input: unknown) =>
      expectError(await callRaw(hq.core, hq.admin, method, input), 'BAD_INPUT').message;
    expect(
      await bad('reference.savePrice', { productCode: 'P1001', effectiveFrom: '2026-12-01', priceFen: 0 }),
    ).toBe('输入有误:规定价须大于0');
    expect(
      await bad('reference.savePrice', { productCode: 'P1001', effectiveFrom: '2026-12-01', priceFen: 25.8 }),
    ).toBe('输入有误:规定价以分为单位,须为整数');
    expect(
      await bad('reference.savePrice', {
        productCode: 'P1001',
        effectiveFrom: '2026-02-30',
        priceFen: 2_600,
      }),
    ).toBe('输入有误:日期不存在,请检查月份和日子');
    expect(
      await bad('reference.savePrice', {
        productCode: 'P9999',
        effectiveFrom: '2026-12-01',
        priceFen: 2_600,
      }),
    ).toBe('找不到产品编码“P9999”,请先在“产品”中添加该产品。');
    expect(await bad('reference.saveProduct', { code: 'P 1003', name: '新品' })).toBe(
      '输入有误:产品编码只能用字母、数字和 _ . / -',
    );
    expect(
      await bad('reference.saveDealer', {
        code: 'D3003',
        name: '宁波海曙大药房',
        regionCode: 'HD-03',
        agreementStatus: 'closed',
      }),
    ).toBe('输入有误:协议状态须为 正常、暂停 或 已终止');
    expect(
      await bad('reference.saveDealer', {
        code: 'D3003',
        name: '宁波海曙大药房',
        regionCode: 'HD-03',
        agreementStatus: 'suspended',
        shipmentStop: { from: '2026-12-01', reason: '' },
      }),
    ).toBe('输入有误:停止发货原因至少2个字');
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });

  it('keeps editing at head office, and lets anyone signed in anywhere look a code up', async () => {
    const o = await startOffice();
    const office = expectError(
      await call(o.core, o.manager, 'reference.saveProduct', { code: 'P1001', name: '复方丹参片' }),
      'FORBIDDEN',
    );
    expect(office.message).toBe('本机是区域办事处安装,此功能只在销售部(总部)使用。');
    expectError(await call(o.core, o.manager, 'reference.dealers', {}), 'FORBIDDEN');
    for (const who of [o.manager, o.wang, o.clerk])
      expect(expectOk(await call(o.core, who, 'reference.lookup', { code: 'B261101' })).unknown).toBe(true);
    expectError(
      await call(o.core, new FakeCaller(), 'reference.lookup', { code: 'B261101' }),
      'UNAUTHENTICATED',
    );
    expect(
      expectError(await call(o.core, o.wang, 'reference.lookup', { code: '  ' }), 'BAD_INPUT').message,
    ).toBe('输入有误:请输入批号或箱码');

    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    expectOk(await call(hq.core, hq.admin, 'reference.lookup', { code: 'B261101' }));
    expectError(await call(hq.core, new FakeCaller(), 'reference.products', {}), 'UNAUTHENTICATED');
  });
});
