import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, queryRows, tableChecksumsOf } from '../../helpers/core-harness';
import { startHeadOffice } from '../head-office/head-office';
import { GOOD_LINES, SHIPMENT_HEADERS, seedReference, shipmentSheet } from './reference-fixtures';

type HeadOffice = Awaited<ReturnType<typeof startHeadOffice>>;

async function headOffice() {
  const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
  await seedReference(hq.core, hq.admin);
  return hq;
}

async function preview(hq: HeadOffice, bytes: Buffer, mapping?: Record<string, string>) {
  const uploadId = expectOk(await hq.core.upload(bytes, '发货明细.xlsx', hq.admin)).uploadId;
  return {
    uploadId,
    preview: expectOk(
      await call(hq.core, hq.admin, 'reference.previewShipments', {
        uploadId,
        ...(mapping ? { mapping } : {}),
      }),
    ),
  };
}

/** A refused import: the problems as shown, and nothing stored by trying to import anyway. */
async function refused(hq: HeadOffice, bytes: Buffer) {
  const { uploadId, preview: p } = await preview(hq, bytes);
  const before = await tableChecksumsOf(hq);
  const error = expectError(
    await call(hq.core, hq.admin, 'reference.importShipments', { uploadId }),
    'BAD_INPUT',
  );
  expect(error.message).toContain('未导入任何发货记录');
  expect(await tableChecksumsOf(hq)).toEqual(before);
  return p.problems.map((x) => x.message);
}

const stored = (hq: HeadOffice) =>
  queryRows(
    hq,
    `select doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no, carton_from, carton_to,
       quantity, unit_price_fen, seq from ref_shipments order by doc_no, line_no`,
  );

describe('发货明细 import from Excel', () => {
  it('previews without storing, imports under one change number, and a line imported again is updated', async () => {
    const hq = await headOffice();
    const before = await tableChecksumsOf(hq);
    const { uploadId, preview: p } = await preview(hq, await shipmentSheet(GOOD_LINES));
    expect(await tableChecksumsOf(hq)).toEqual(before);
    expect(p).toMatchObject({ rowCount: 3, problemCount: 0, newCount: 3, updateCount: 0, sameCount: 0 });
    expect(p.rows[2]).toMatchObject({
      row: 4,
      docNo: 'FH20261105',
      lineNo: 1,
      regionCode: 'HD-05',
      action: 'new',
    });

    const done = expectOk(await call(hq.core, hq.admin, 'reference.importShipments', { uploadId }));
    expect(done).toMatchObject({ imported: 3, seq: 9 });
    expect(await stored(hq)).toEqual([
      {
        doc_no: 'FH20261103',
        line_no: 1,
        ship_date: '2026-11-03',
        dealer_code: 'D3001',
        region_code: 'HD-03',
        product_code: 'P1001',
        batch_no: 'B261101',
        carton_from: '600100000001',
        carton_to: '600100000100',
        quantity: 100,
        unit_price_fen: 2_450,
        seq: 9,
      },
      expect.objectContaining({ line_no: 2, region_code: 'HD-03', unit_price_fen: 1_890, seq: 9 }),
      expect.objectContaining({
        doc_no: 'FH20261105',
        line_no: 1,
        ship_date: '2026-11-05',
        region_code: 'HD-05',
      }),
    ]);
    expect(await queryRows(hq, 'select seq from ref_state')).toEqual([{ seq: 9 }]);

    // The same document again with one line's quantity corrected: that line alone is rewritten.
    const fixed = GOOD_LINES.map((l, i) => (i === 1 ? [...l.slice(0, 9), 48, l[10]] : l));
    const again = await preview(hq, await shipmentSheet(fixed));
    expect(again.preview).toMatchObject({ newCount: 0, updateCount: 1, sameCount: 2 });
    expect(
      expectOk(await call(hq.core, hq.admin, 'reference.importShipments', { uploadId: again.uploadId })),
    ).toMatchObject({ imported: 1, seq: 10 });
    expect((await stored(hq)).map((r) => [r.line_no, r.quantity, r.seq])).toEqual([
      [1, 100, 9],
      [2, 48, 10],
      [1, 200, 9],
    ]);
    // Nothing new: no change number is taken.
    const unchanged = await preview(hq, await shipmentSheet(fixed));
    expect(
      expectOk(await call(hq.core, hq.admin, 'reference.importShipments', { uploadId: unchanged.uploadId })),
    ).toMatchObject({ imported: 0, seq: null });
    expect(await queryRows(hq, 'select seq from ref_state')).toEqual([{ seq: 10 }]);
  });

  it('names each bad row in Chinese with its Excel row number and imports none of them', async () => {
    const hq = await headOffice();
    const line = (...changes: [number, unknown][]) => {
      const l = [...GOOD_LINES[0]!];
      for (const [i, v] of changes) l[i] = v;
      return l;
    };
    const problems = await refused(
      hq,
      await shipmentSheet([
        line(),
        line([1, 9], [3, 'D9999'], [5, 'P9999']),
        line([1, 2], [2, '2026-02-30']),
        line([1, 3], [2, '11月3日']),
        line([1, 4], [7, '60010000001'], [8, '600100000100']),
        line([1, 5], [7, '600100000100'], [8, '600100000001']),
        line([1, 1]),
        line([1, 6], [9, 0], [10, '二十元']),
        line([1, 7], [7, 600100000000000000]),
        line([1, 8], [6, '']),
      ]),
    );
    expect(problems).toEqual([
      '第 3 行:找不到经销商编码“D9999”,请核对编码或先在“经销商”中添加该经销商。',
      '第 3 行:找不到产品编码“P9999”,请核对编码或先在“产品”中添加该产品。',
      '第 4 行:发货日期“2026-02-30”无法识别,请写成 2026-11-03。',
      '第 5 行:发货日期“11月3日”无法识别,请写成 2026-11-03。',
      '第 6 行:起始箱码 60010000001 与结束箱码 600100000100 位数不同,同一段箱码位数须相同。',
      '第 7 行:起始箱码 600100000100 大于结束箱码 600100000001,请核对是否填反。',
      '第 8 行:发货单 FH20261103 第 1 行与表中第 2 行重复,同一发货单的行号不能重复。',
      '第 9 行:数量“0”须为大于 0 的整数。',
      '第 9 行:单价“二十元”不是金额。',
      '第 10 行:起始箱码“600100000000000000”位数太长,Excel 已改动了它,请把该列设为文本格式后重新输入。',
      '第 11 行:没有填写批号。',
    ]);
  });

  it('refuses a whole file it cannot read as a 发货明细: not Excel, wrong columns, formulas, merged cells', async () => {
    const hq = await headOffice();
    expect(await refused(hq, Buffer.from('发货单号,批号\nFH1,B1\n'))).toEqual([
      '这不是 Excel(.xlsx)文件,请把发货明细另存为 .xlsx 格式后再导入。',
    ]);
    expect(
      await refused(hq, await shipmentSheet([['王芳', '2026-11', 1000]], ['业务员', '会计期间', '销售金额'])),
    ).toEqual([
      '找不到“发货单号”、“发货日期”、“经销商编码”、“产品编码”、“批号”、“起始箱码”、“结束箱码”、“数量”、“单价(元)”列,请确认选择的是发货明细,或在列对应中选择对应的列。',
    ]);
    const formula = await shipmentSheet(GOOD_LINES, SHIPMENT_HEADERS, (ws) => {
      ws.getCell('J3').value = { formula: 'J2/2', result: 50 };
    });
    expect(await refused(hq, formula)).toEqual([
      '单元格 J3 含公式,请在 Excel 中复制整张表,用“选择性粘贴 → 数值”粘贴后再导入。',
    ]);
    const merged = await shipmentSheet(GOOD_LINES, SHIPMENT_HEADERS, (ws) => ws.mergeCells('A2:A3'));
    expect(await refused(hq, merged)).toEqual([
      '表中有合并单元格 A2:A3,请取消合并并在每一行填好内容后再导入。',
    ]);
    expect(await queryRows(hq, 'select count(*) n from ref_shipments')).toEqual([{ n: 0 }]);
  });

  it(
    'refuses more than 50,000 lines at once, counted before the sheet is read whole',
    { timeout: 120_000 },
    async () => {
      const hq = await headOffice();
      // One short cell a row: the count alone refuses it, whatever the rows hold.
      const many = Array.from({ length: 50_001 }, (_, i) => [`FH${i}`]);
      expect(await refused(hq, await shipmentSheet(many, ['发货单号']))).toEqual([
        '一次最多导入 50000 行,请拆分后再导入。',
      ]);
    },
  );

  it('reads other headers through synonyms or the office’s own column choice, without a 行号 column', async () => {
    const hq = await headOffice();
    const headers = [
      '出库单号',
      '单据日期',
      '客户编码',
      '存货编码',
      '批次号',
      '箱码起',
      '箱码止',
      '件数',
      '单价',
      '备注',
    ];
    const rows = [
      ['CK-881', '2026/11/8', 'D3002', 'P1002', 'B261108', 'A0001', 'A0040', 40, 18.9, ''],
      ['CK-881', '2026年11月8日', 'D3002', 'P1001', 'B261109', 'A0041', 'A0060', '20', '25.80元', ''],
    ];
    const { preview: p } = await preview(hq, await shipmentSheet(rows, headers));
    expect(p).toMatchObject({ problemCount: 0, newCount: 2 });
    expect(p.rows.map((r) => [r.docNo, r.lineNo, r.shipDate, r.regionCode, r.unitPriceFen])).toEqual([
      ['CK-881', 1, '2026-11-08', 'HD-03', 1_890],
      ['CK-881', 2, '2026-11-08', 'HD-03', 2_580],
    ]);
    const { preview: missing } = await preview(hq, await shipmentSheet(rows, headers), { docNo: '单号' });
    expect(missing.problems.map((x) => x.message)).toEqual(['表中没有“单号”列,请重新选择列对应。']);
  });

  it('takes a line typed in by hand under the import’s own rules, and corrects it by its line number', async () => {
    const hq = await headOffice();
    const entry = {
      docNo: 'FH20261201',
      shipDate: '2026-12-01',
      dealerCode: 'D3001',
      productCode: 'P1001',
      batchNo: 'B261201',
      cartonFrom: '600300000001',
      cartonTo: '600300000050',
      quantity: 50,
      unitPrice: 24.5,
    };
    const saved = expectOk(await call(hq.core, hq.admin, 'reference.saveShipment', entry));
    // The region comes from the dealer, the price is kept in 分, under a new change number.
    expect(saved).toMatchObject({
      lineNo: 1,
      regionCode: 'HD-03',
      unitPriceFen: 2_450,
      seq: expect.any(Number),
    });
    const found = expectOk(await call(hq.core, hq.admin, 'reference.lookup', { code: '600300000020' }));
    expect(found.matches.map((m) => m.docNo)).toEqual(['FH20261201']);
    // The same line again changes nothing, not even its number; a corrected quantity is a new change.
    expect(expectOk(await call(hq.core, hq.admin, 'reference.saveShipment', entry)).seq).toBe(saved.seq);
    const corrected = expectOk(
      await call(hq.core, hq.admin, 'reference.saveShipment', { ...entry, lineNo: 1, quantity: 48 }),
    );
    expect(corrected.seq).toBeGreaterThan(saved.seq);
    expect((await stored(hq)).filter((r) => r.doc_no === 'FH20261201').map((r) => r.quantity)).toEqual([48]);

    // Refused with the import's Chinese reasons, nothing stored.
    const before = await tableChecksumsOf(hq);
    for (const [bad, reason] of [
      [{ ...entry, docNo: 'FH2', dealerCode: 'D9999' }, '找不到经销商编码“D9999”'],
      [{ ...entry, docNo: 'FH3', shipDate: '12月1日' }, '发货日期“12月1日”无法识别'],
      [{ ...entry, docNo: 'FH4', cartonFrom: '600300000090' }, '大于结束箱码'],
      [{ ...entry, docNo: 'FH5', quantity: 0 }, '须为大于 0 的整数'],
    ] as const) {
      const error = expectError(await call(hq.core, hq.admin, 'reference.saveShipment', bad), 'BAD_INPUT');
      expect(error.message).toContain(reason);
      expect(error.message).not.toContain('第 1 行');
    }
    expect(await tableChecksumsOf(hq)).toEqual(before);
  });
});
