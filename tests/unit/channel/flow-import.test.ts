import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, readRows, tableChecksums } from '../../helpers/core-harness';
import { type ChannelOffice, channelOffice } from './channel-office';

/** The dealer's own headers: not ours, so the columns are guessed from synonyms. */
const DEALER_HEADERS = ['日期', '商品编码', '生产批号', '数量', '客户名称', '所在区域'];

const GOOD: unknown[][] = [
  ['2026-11-05', 'KJ-100', '20261101', 200, '绍兴市人民医院', 'HD-03'],
  [new Date('2026-11-12T00:00:00Z'), 'KJ-100', '20261101', 250, '苏州某药房', 'HD-01'],
  ['2026/11/20', 'KJ-200', 20261103, '40', '杭州第一医院', 'HD-03'],
];

async function flowSheet(
  rows: unknown[][],
  headers: readonly string[] = DEALER_HEADERS,
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('11月流向');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const FORM = { dealerCode: 'D-HZ01', month: '2026-11', submittedOn: '2026-12-04' };

async function preview(o: ChannelOffice, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const uploadId = expectOk(await o.core.upload(bytes, '康达11月流向.xlsx', o.clerk)).uploadId;
  const p = expectOk(
    await call(o.core, o.clerk, 'channel.previewFlowImport', { uploadId, ...FORM, ...extra }),
  );
  return { uploadId, preview: p };
}

/** A refused sheet: its problems as shown, and nothing stored by importing it anyway. */
async function refused(o: ChannelOffice, bytes: Buffer): Promise<string[]> {
  const { uploadId, preview: p } = await preview(o, bytes);
  const before = tableChecksums(o.dataDir);
  const error = expectError(
    await call(o.core, o.clerk, 'channel.importFlow', { uploadId, ...FORM }),
    'BAD_INPUT',
  );
  expect(error.message).toContain('未导入任何流向');
  expect(tableChecksums(o.dataDir)).toEqual(before);
  expect(p.problemCount).toBeGreaterThan(0);
  return p.problems.map((x) => x.message);
}

describe('F10 商品流向单 from the dealer’s Excel', () => {
  it('guesses the columns, previews without storing, and imports as the month’s F10 with its reconciliation', async () => {
    const o = await channelOffice();
    const before = tableChecksums(o.dataDir);
    const { uploadId, preview: p } = await preview(o, await flowSheet(GOOD));
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(p).toMatchObject({ rowCount: 3, problemCount: 0, replaces: false });
    expect(p.mapping).toEqual({
      saleDate: '日期',
      productCode: '商品编码',
      batchNo: '生产批号',
      quantity: '数量',
      buyerName: '客户名称',
      buyerRegion: '所在区域',
    });
    expect(p.rows[2]).toEqual({
      row: 4,
      saleDate: '2026-11-20',
      productCode: 'KJ-200',
      batchNo: '20261103',
      quantity: 40,
      buyerName: '杭州第一医院',
      buyerRegion: 'HD-03',
    });

    const flow = expectOk(await call(o.core, o.clerk, 'channel.importFlow', { uploadId, ...FORM }));
    expect(flow).toMatchObject({ dealerCode: 'D-HZ01', month: '2026-11', onTime: true, ok: false });
    expect(flow.lines.map((l) => [l.saleDate, l.quantity, l.outOfRegion])).toEqual([
      ['2026-11-05', 200, false],
      ['2026-11-12', 250, true],
      ['2026-11-20', 40, false],
    ]);
    expect(flow.batches).toEqual([
      { productCode: 'KJ-100', batchNo: '20261101', shipped: 500, flowed: 450, over: false, unknown: false },
      { productCode: 'KJ-200', batchNo: '20261103', shipped: 50, flowed: 40, over: false, unknown: false },
    ]);
    // What was imported reads back through channel.flow exactly as typed entry would.
    expect(
      expectOk(await call(o.core, o.manager, 'channel.flow', { dealerCode: 'D-HZ01', month: '2026-11' })),
    ).toEqual(flow);

    // A corrected sheet replaces the month's F10, and the preview says so first.
    const again = await preview(o, await flowSheet([GOOD[0]!]));
    expect(again.preview.replaces).toBe(true);
    const replaced = expectOk(
      await call(o.core, o.clerk, 'channel.importFlow', { uploadId: again.uploadId, ...FORM }),
    );
    expect(replaced.id).toBe(flow.id);
    expect(readRows(o.dbFile, 'select count(*) n from channel_flow_lines')).toEqual([{ n: 1 }]);
  });

  it('takes the columns the clerk maps when the headers say nothing', async () => {
    const o = await channelOffice();
    const headers = ['A', 'B', 'C', 'D', 'E', 'F'];
    const bytes = await flowSheet(GOOD, headers);
    const guessed = await preview(o, bytes);
    expect(guessed.preview.mapping).toBeNull();
    expect(guessed.preview.problems[0]!.message).toMatch(/^找不到“销售日期”、“产品编码”.*列对应/);
    const mapping = {
      saleDate: 'A',
      productCode: 'B',
      batchNo: 'C',
      quantity: 'D',
      buyerName: 'E',
      buyerRegion: 'F',
    };
    const mapped = await preview(o, bytes, { mapping });
    expect(mapped.preview).toMatchObject({ problemCount: 0, rowCount: 3, mapping });
    const flow = expectOk(
      await call(o.core, o.clerk, 'channel.importFlow', { uploadId: mapped.uploadId, ...FORM, mapping }),
    );
    expect(flow.lines).toHaveLength(3);
  });

  it('lists every bad row with its Excel row and a Chinese reason, and stores nothing', async () => {
    const o = await channelOffice();
    const problems = await refused(
      o,
      await flowSheet([
        GOOD[0]!,
        ['2026-10-30', 'KJ-100', '20261101', 10, '绍兴市人民医院', 'HD-03'],
        ['11月5日', 'KJ-100', '20261101', 10, '绍兴市人民医院', 'HD-03'],
        ['2026-11-06', 'KJ 100', '20261101', 2.5, '', 'HD-03'],
        ['2026-11-07', 'KJ-100', '20261101', 10, '绍兴市人民医院', 'x'.repeat(41)],
      ]),
    );
    expect(problems).toEqual([
      '第 3 行:销售日期 2026-10-30 不在 2026-11 内,请核对月份或日期。',
      '第 4 行:销售日期“11月5日”无法识别,请写成 2026-11-03。',
      '第 5 行:数量“2.5”须为大于 0 的整数。',
      '第 5 行:没有填写购货单位。',
      '第 6 行:购货单位所在区域不能超过40个字。',
    ]);

    // The contract's own code rule (channel.saveFlow's) speaks for a code with a space.
    const spaced = await refused(
      o,
      await flowSheet([['2026-11-06', 'KJ 100', '20261101', 3, '绍兴市人民医院', 'HD-03']]),
    );
    expect(spaced).toEqual(['第 2 行:产品编码只能用字母、数字和 - _ . /。']);
  });

  it('refuses formulas, merged cells, too many rows and a file that is no .xlsx', async () => {
    const o = await channelOffice();
    const formula = await refused(
      o,
      await flowSheet(GOOD, DEALER_HEADERS, (ws) => {
        ws.getCell('D3').value = { formula: 'D2+50', result: 250 };
      }),
    );
    expect(formula).toEqual(['单元格 D3 含公式,请在 Excel 中复制整张表,用“选择性粘贴 → 数值”粘贴后再导入。']);
    const merged = await refused(o, await flowSheet(GOOD, DEALER_HEADERS, (ws) => ws.mergeCells('E2:E3')));
    expect(merged).toEqual(['表中有合并单元格 E2:E3,请取消合并并在每一行填好内容后再导入。']);
    const many = Array.from({ length: 501 }, () => GOOD[0]!);
    expect(await refused(o, await flowSheet(many))).toEqual(['一次最多导入 500 行,请拆分后再导入。']);
    expect(await refused(o, Buffer.from('日期,数量\n2026-11-05,3\n'))).toEqual([
      '这不是 Excel(.xlsx)文件,请把商品流向单另存为 .xlsx 格式后再导入。',
    ]);
  });

  it('judges the form as channel.saveFlow does: another region’s dealer, a future 收到日期; a rep may not import', async () => {
    const o = await channelOffice();
    const bytes = await flowSheet(GOOD);
    const uploadId = expectOk(await o.core.upload(bytes, '流向.xlsx', o.clerk)).uploadId;
    const before = tableChecksums(o.dataDir);
    const other = expectError(
      await call(o.core, o.clerk, 'channel.importFlow', { uploadId, ...FORM, dealerCode: 'D-SZ01' }),
      'BAD_INPUT',
    );
    expect(other.fields).toEqual({ dealerCode: '经销商“D-SZ01”不是本区域的经销商,请核对经销商编码。' });
    const future = expectError(
      await call(o.core, o.clerk, 'channel.previewFlowImport', {
        uploadId,
        ...FORM,
        submittedOn: '2026-12-09',
      }),
      'BAD_INPUT',
    );
    expect(future.fields).toEqual({ submittedOn: '收到日期不能晚于今天。' });
    const repUpload = expectOk(await o.core.upload(bytes, '流向.xlsx', o.wang)).uploadId;
    expectError(
      await call(o.core, o.wang, 'channel.importFlow', { uploadId: repUpload, ...FORM }),
      'FORBIDDEN',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('exports the month’s reconciliation with findings marked and the 建议停止发货 list', async () => {
    const o = await channelOffice();
    const { uploadId } = await preview(o, await flowSheet(GOOD));
    expectOk(await call(o.core, o.clerk, 'channel.importFlow', { uploadId, ...FORM }));
    const file = expectOk(await call(o.core, o.manager, 'channel.flowMonthXlsx', { month: '2026-11' }));
    expect(file.fileName).toBe('商品流向对账-2026-11.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(o.core.getFile(file.fileId, o.manager.sessionToken)!.path);
    const values = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['月度汇总', '批号对账', '流向明细', '建议停止发货']);
    expect(values('月度汇总')).toEqual([
      ['D-HZ01', '杭州康达医药', '是', '按时', '2026-12-04', '有异常'],
      ['D-NB03', '宁波本地药房', '否', '无须提交', '', ''],
      ['D-SX02', '绍兴仁和医药', '是', '未提交', '', ''],
    ]);
    expect(values('流向明细').map((r) => r[8])).toEqual(['本区域', '超出 HD-03 区域', '本区域']);
    expect(values('建议停止发货')).toEqual([
      ['D-SX02', '绍兴仁和医药', '2026-11 商品流向单逾期未交(应于 2026-12-05 前提交)'],
    ]);
  });
});
