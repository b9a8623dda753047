import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, queryRows, tableChecksumsOf } from '../../helpers/core-harness';
import { startHeadOffice } from '../head-office/head-office';
import { seedReference, shipmentSheet as listSheet } from './reference-fixtures';

type HeadOffice = Awaited<ReturnType<typeof startHeadOffice>>;

const PRODUCT_HEADERS = ['物料编码', '品名', '规格型号', '计量单位'];
const DEALER_HEADERS = [
  '经销商编码',
  '经销商名称',
  '区域编码',
  '协议编号',
  '协议状态',
  '辐射经营',
  '停止发货日期',
  '停止发货原因',
];

async function upload(hq: HeadOffice, bytes: Buffer) {
  return expectOk(await hq.core.upload(bytes, '名录.xlsx', hq.admin)).uploadId;
}

describe('产品目录 and 经销商名录 import from Excel', () => {
  it('imports products under one change number, updating those on file and leaving unchanged ones', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await seedReference(hq.core, hq.admin);
    const bytes = await listSheet(
      [
        ['P1001', '康健牌复方丹参片', '0.32g×60片', '盒'],
        ['P1002', '康健牌板蓝根颗粒', '10g×30袋', '盒'],
        ['P1003', '康健牌感冒灵颗粒', '10g×9袋', '盒'],
      ],
      PRODUCT_HEADERS,
    );
    const uploadId = await upload(hq, bytes);
    const before = await tableChecksumsOf(hq);
    const preview = expectOk(await call(hq.core, hq.admin, 'reference.previewProducts', { uploadId }));
    expect(await tableChecksumsOf(hq)).toEqual(before);
    expect(preview).toMatchObject({ problemCount: 0, newCount: 1, updateCount: 1, sameCount: 1 });
    expect(expectOk(await call(hq.core, hq.admin, 'reference.importProducts', { uploadId }))).toMatchObject({
      imported: 2,
      seq: 9,
    });
    expect(await queryRows(hq, 'select code, spec, seq from ref_products order by code')).toEqual([
      { code: 'P1001', spec: '0.32g×60片', seq: 1 },
      { code: 'P1002', spec: '10g×30袋', seq: 9 },
      { code: 'P1003', spec: '10g×9袋', seq: 9 },
    ]);
  });

  it('imports dealers with their status, radiation and shipment stop, and refuses bad rows storing nothing', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    const good = await listSheet(
      [
        ['D3001', '杭州华东医药连锁', 'HD-03', 'XY-2026-031', '正常', '否', '', ''],
        [
          'D5001',
          '南京医药苏南分公司',
          'HD-05',
          'XY-2026-052',
          '暂停',
          '是',
          '2026/11/20',
          '未按期交商品流向单',
        ],
      ],
      DEALER_HEADERS,
    );
    const done = expectOk(
      await call(hq.core, hq.admin, 'reference.importDealers', { uploadId: await upload(hq, good) }),
    );
    expect(done).toMatchObject({ imported: 2, seq: 1, newCount: 2 });
    expect(expectOk(await call(hq.core, hq.admin, 'reference.dealers', { regionCode: 'HD-05' }))).toEqual([
      {
        code: 'D5001',
        name: '南京医药苏南分公司',
        regionCode: 'HD-05',
        agreementNo: 'XY-2026-052',
        agreementStatus: 'suspended',
        radiates: true,
        shipmentStop: { from: '2026-11-20', reason: '未按期交商品流向单' },
        seq: 1,
      },
    ]);

    const bad = await listSheet(
      [
        ['D3002', '', 'HD-03', '', '正常', '', '', ''],
        ['D3003', '宁波海曙大药房', 'HD-03', '', '关闭', '也许', '', ''],
        ['D3004', '余杭医药', 'HD-03', '', '暂停', '', '2026-11-31', '欠款'],
        ['D3005', '萧山医药', 'HD-03', '', '暂停', '', '', '欠款'],
        ['D3001', '杭州华东医药连锁', 'HD-03', '', '', '', '', ''],
        ['D3001', '杭州华东医药连锁', 'HD-03', '', '', '', '', ''],
      ],
      DEALER_HEADERS,
    );
    const uploadId = await upload(hq, bad);
    const preview = expectOk(await call(hq.core, hq.admin, 'reference.previewDealers', { uploadId }));
    expect(preview.problems.map((p) => p.message)).toEqual([
      '第 2 行:请填写经销商名称。',
      '第 3 行:辐射经营“也许”应为 是 或 否。',
      '第 3 行:协议状态须为 正常、暂停 或 已终止。',
      '第 4 行:停止发货日期“2026-11-31”无法识别,请写成 2026-11-03。',
      '第 5 行:填写了停止发货原因,请同时填写停止发货日期。',
      '第 7 行:编码 D3001 与第 6 行重复。',
    ]);
    const before = await tableChecksumsOf(hq);
    expectError(await call(hq.core, hq.admin, 'reference.importDealers', { uploadId }), 'BAD_INPUT');
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });

  it('exports both lists with the import’s columns, so an edited export reads back in', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await seedReference(hq.core, hq.admin);
    for (const [list, preview] of [
      ['products', 'reference.previewProducts'],
      ['dealers', 'reference.previewDealers'],
    ] as const) {
      const out = expectOk(await call(hq.core, hq.admin, 'reference.exportCatalog', { list }));
      expect(out.fileName).toBe(list === 'products' ? '产品目录.xlsx' : '经销商名录.xlsx');
      const bytes = readFileSync(hq.core.getFile(out.fileId, hq.admin.sessionToken)!.path);
      const read = expectOk(await call(hq.core, hq.admin, preview, { uploadId: await upload(hq, bytes) }));
      // Every row on file comes back unchanged, none new, nothing refused.
      const onFile = expectOk(
        await call(hq.core, hq.admin, list === 'products' ? 'reference.products' : 'reference.dealers', {}),
      );
      expect(read).toMatchObject({ problems: [], newCount: 0, updateCount: 0, rowCount: onFile.length });
      expect(onFile.length).toBeGreaterThan(0);
    }
    // A stopped dealer's stop and reason survive the trip.
    const dealers = expectOk(await call(hq.core, hq.admin, 'reference.dealers', {}));
    expect(dealers.some((d) => d.shipmentStop !== null)).toBe(true);
  });
});
