import { loadExcel } from '../../platform/xlsx-sheet';
import { F10_STATE_LABELS } from '../../../../src-shared/domain/channel';
import { currentUser, type HandlerContext } from '../../handler-types';
import { sheet, XLSX_MIME } from '../../platform/xlsx-sheet';
import { loadChannelSettings } from './channel-settings';
import { flowDetail } from './flow-detail';
import { flowHandlers } from './flow-handlers';

const RED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD6D6' } } as const;

/**
 * 流向对账 of a month as a workbook, the way back from a dealer's sheet: the month's dealers and
 * their F10s, each batch flowed against shipped, every line with its buyer's region, and the
 * 建议停止发货 list. Findings are marked in words and a red fill, so a print in black still says them.
 */
export async function flowMonthWorkbook(
  ctx: HandlerContext,
  month: string,
): Promise<{ fileId: string; fileName: string }> {
  currentUser(ctx);
  const overview = await flowHandlers['channel.flowMonth']({ month }, ctx);
  const { f10DueDay } = await loadChannelSettings(ctx.db);
  const flows = await ctx.db.selectFrom('channel_flows').selectAll().where('month', '=', month).execute();
  const details = [];
  for (const f of flows) details.push(await flowDetail(ctx.db, f, f10DueDay));

  const wb = new (await loadExcel()).Workbook();
  sheet(
    wb,
    '月度汇总',
    [
      { header: '经销商编码', width: 14 },
      { header: '经销商名称', width: 26 },
      { header: '须交流向单', width: 12 },
      { header: '状态', width: 12 },
      { header: '收到日期', width: 12 },
      { header: '对账结果', width: 14 },
    ],
    overview.dealers.map((d) => [
      d.code,
      d.name,
      d.radiates ? '是' : '否',
      // Only radiating dealers owe an F10; the others are listed for completeness.
      d.radiates || d.submittedOn ? F10_STATE_LABELS[d.state] : '无须提交',
      d.submittedOn ?? '',
      d.ok === null ? '' : d.ok ? '相符' : '有异常',
    ]),
  );
  const batches = sheet(
    wb,
    '批号对账',
    [
      { header: '经销商编码', width: 14 },
      { header: '经销商名称', width: 26 },
      { header: '产品编码', width: 14 },
      { header: '批号', width: 14 },
      { header: '发货数量', width: 10 },
      { header: '累计流向数量', width: 14 },
      { header: '结果', width: 28 },
    ],
    details.flatMap((d) =>
      d.batches.map((b) => [
        d.dealerCode,
        d.dealerName,
        b.productCode,
        b.batchNo,
        b.shipped,
        b.flowed,
        b.unknown ? '未向该经销商发过此批号' : b.over ? '流向数量超过发货数量' : '相符',
      ]),
    ),
  );
  batches.eachRow((r, n) => {
    if (n > 1 && r.getCell(7).value !== '相符') r.eachCell((c) => (c.fill = RED));
  });
  const lines = sheet(
    wb,
    '流向明细',
    [
      { header: '经销商编码', width: 14 },
      { header: '行号', width: 6 },
      { header: '销售日期', width: 12 },
      { header: '产品编码', width: 14 },
      { header: '批号', width: 14 },
      { header: '数量', width: 8 },
      { header: '购货单位', width: 28 },
      { header: '购货单位所在区域', width: 16 },
      { header: '区域检查', width: 14 },
    ],
    details.flatMap((d) =>
      d.lines.map((l) => [
        d.dealerCode,
        l.lineNo,
        l.saleDate,
        l.productCode,
        l.batchNo,
        l.quantity,
        l.buyerName,
        l.buyerRegion,
        l.outOfRegion ? `超出 ${d.dealerRegion} 区域` : '本区域',
      ]),
    ),
  );
  lines.eachRow((r, n) => {
    if (n > 1 && r.getCell(9).value !== '本区域') r.eachCell((c) => (c.fill = RED));
  });
  sheet(
    wb,
    '建议停止发货',
    [
      { header: '经销商编码', width: 14 },
      { header: '经销商名称', width: 26 },
      { header: '原因', width: 50 },
    ],
    overview.stopAdvice.map((s) => [s.code, s.name, s.reason]),
  );
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const fileName = `商品流向对账-${month}.xlsx`;
  const file = ctx.files.add(bytes, fileName, XLSX_MIME, ctx.caller.sessionToken);
  return { fileId: file.id, fileName };
}
