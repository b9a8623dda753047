import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../src-shared/contract';
import { FLOW_SHEET_TITLE } from '../../../src-shared/documents/channel-flow-sheet';
import { call, expectError, expectOk } from '../../helpers/core-harness';
import { openDocx, paragraphs, squash } from '../print/docx-text';
import { channelOffice, type ChannelOffice } from './channel-office';

type FlowLine = InputOf<'channel.saveFlow'>['lines'][number];

const line = (over: Partial<FlowLine> = {}): FlowLine => ({
  saleDate: '2026-11-12',
  productCode: 'KJ-100',
  batchNo: '20261101',
  quantity: 200,
  buyerName: '绍兴市人民医院',
  buyerRegion: 'HD-03',
  ...over,
});

async function saveNovember(o: ChannelOffice, lines: FlowLine[]) {
  return expectOk(
    await call(o.core, o.clerk, 'channel.saveFlow', {
      dealerCode: 'D-HZ01',
      month: '2026-11',
      submittedOn: '2026-12-04',
      note: '传真件,原件后补',
      lines,
    }),
  );
}

async function wordOf(o: ChannelOffice) {
  const file = expectOk(
    await call(o.core, o.manager, 'channel.flowSheetDocx', { dealerCode: 'D-HZ01', month: '2026-11' }),
  );
  const parts = openDocx(readFileSync(o.core.getFile(file.fileId, o.manager.sessionToken)!.path));
  return {
    fileName: file.fileName,
    document: parts.document,
    text: squash([...paragraphs(parts.document), ...parts.headers.flatMap(paragraphs)].join('')),
  };
}

describe('F10 商品流向单 on paper', () => {
  it('prints the dealer, the month, every line with the outside buyer marked, and the reconciliation', async () => {
    const o = await channelOffice();
    await saveNovember(o, [
      line(),
      // 250 more of a batch only 500 were shipped of, to a buyer in another region.
      line({ saleDate: '2026-11-20', quantity: 350, buyerName: '苏州某药房', buyerRegion: 'HD-01' }),
      line({ saleDate: '2026-11-25', productCode: 'KJ-200', batchNo: '20261103', quantity: 20 }),
    ]);
    const model = expectOk(
      await call(o.core, o.clerk, 'channel.flowSheet', { dealerCode: 'D-HZ01', month: '2026-11' }),
    );
    expect(model).toMatchObject({ title: FLOW_SHEET_TITLE, code: 'F10', orientation: 'portrait' });
    const table = (title: string) => {
      const b = model.blocks.find((x) => x.kind === 'table' && x.title === title);
      if (b?.kind !== 'table') throw new Error(`no table ${title}`);
      return b.rows.map((r) => r.map((cell) => cell.join('/')));
    };
    expect(table('流向明细')).toEqual([
      ['1', '2026-11-12', '康健牌血糖试纸/KJ-100', '20261101', '200', '绍兴市人民医院', 'HD-03'],
      ['2', '2026-11-20', '康健牌血糖试纸/KJ-100', '20261101', '350', '苏州某药房', 'HD-01/※ 区域外'],
      ['3', '2026-11-25', '康健牌血压计/KJ-200', '20261103', '20', '绍兴市人民医院', 'HD-03'],
    ]);
    expect(table('批号对账')).toEqual([
      ['康健牌血糖试纸/KJ-100', '20261101', '500', '550', '※ 流向超出发货 50'],
      ['康健牌血压计/KJ-200', '20261103', '50', '20', '相符'],
    ]);

    const word = await wordOf(o);
    expect(word.fileName).toBe('商品流向单-杭州康达医药-2026-11.docx');
    for (const s of [
      FLOW_SHEET_TITLE,
      '表号F10',
      'D-HZ01',
      '杭州康达医药',
      '2026年11月',
      '收到日期2026-12-04',
      '☑按时□逾期',
      '※有异常',
      '传真件,原件后补',
      '经销商盖章',
      '区域经理',
    ])
      expect(word.text).toContain(s);
    for (const row of [...table('流向明细'), ...table('批号对账')])
      expect(word.text).toContain(squash(row.join('').replace(/\//g, '')));
  });

  it('repeats the column labels of a long F10 on every page', async () => {
    const o = await channelOffice();
    const many = Array.from({ length: 60 }, (_, i) =>
      line({
        saleDate: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
        quantity: 5,
        buyerName: `第${i + 1}号客户药房`,
      }),
    );
    const flow = await saveNovember(o, many);
    expect(flow.lines).toHaveLength(60);
    const word = await wordOf(o);
    // The lines table's first row is a header row, which Word and LibreOffice repeat on each page.
    const tables = [...word.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    const lines = tables.find((t) => t.includes('第60号客户药房'));
    expect(lines).toBeDefined();
    const rows = [...lines!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(61);
    expect(rows[0]).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    expect(squash(paragraphs(rows[0]!).join(''))).toContain('购货单位');
    expect(rows.slice(1).some((r) => r.includes('w:tblHeader'))).toBe(false);
  });

  it('refuses a dealer or month without an F10, in Chinese', async () => {
    const o = await channelOffice();
    await saveNovember(o, [line()]);
    for (const input of [
      { dealerCode: 'D-XX99', month: '2026-11' },
      { dealerCode: 'D-HZ01', month: '2026-10' },
    ]) {
      for (const method of ['channel.flowSheet', 'channel.flowSheetDocx'] as const) {
        const error = expectError(await call(o.core, o.manager, method, input), 'NOT_FOUND');
        expect(error.message).toContain('没有');
        expect(error.message).toContain(input.month);
      }
    }
  });
});
