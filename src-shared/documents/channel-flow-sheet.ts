import type { FlowDetail } from '../contract/channel';
import { channelHeader } from './channel-letterhead';
import type { Letterhead } from './doc-meta';
import type { DocModel } from './doc-model';

/** The F10's title as printed. */
export const FLOW_SHEET_TITLE = '商品流向单';

/** The mark beside a finding: black on white, so it survives a fax where colour would not. */
export const FLOW_FINDING_MARK = '※';

const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

const batchResult = (b: FlowDetail['batches'][number]) =>
  b.unknown
    ? `${FLOW_FINDING_MARK} 未向该经销商发过此批号`
    : b.over
      ? `${FLOW_FINDING_MARK} 流向超出发货 ${b.flowed - b.shipped}`
      : '相符';

/**
 * The F10 商品流向单 of one dealer and month as printed: the dealer, the month, when it came in and
 * whether on time, every line with buyers outside the permitted area marked ※, the reconciliation
 * per batch, and lines for the dealer's seal and the office's signatures. Portrait A4, 黑体; the
 * lines table runs on over as many pages as it needs, its column labels repeated on each.
 */
export function buildFlowSheet(input: {
  letterhead: Letterhead;
  flow: FlowDetail;
  /** 产品编码 → name, from the product list; a code not listed prints alone. */
  productNames: Record<string, string>;
  /** The setting's due day of the next month (次月 N 日). */
  dueDay: number;
  /** Who typed it in and when, as printed. */
  enteredBy: string;
  printedAt: string;
}): DocModel {
  const { flow, letterhead: lh } = input;
  const product = (code: string) => {
    const name = input.productNames[code];
    return name ? [name, code] : [code];
  };
  const region =
    flow.dealerRegion === lh.regionCode && lh.regionName
      ? `${flow.dealerRegion}(${lh.regionName})`
      : flow.dealerRegion;
  const outside = flow.lines.filter((l) => l.outOfRegion).length;
  const badBatches = flow.batches.filter((b) => b.over || b.unknown).length;
  const total = flow.lines.reduce((n, l) => n + l.quantity, 0);
  const findings = [
    outside > 0 ? `${outside} 行购货单位在 ${flow.dealerRegion} 区域外` : '',
    badBatches > 0 ? `${badBatches} 个批号流向超出发货` : '',
  ].filter(Boolean);
  const title = `${FLOW_SHEET_TITLE}(F10)`;

  return {
    orientation: 'portrait',
    header: channelHeader(lh, title),
    title: FLOW_SHEET_TITLE,
    code: 'F10',
    deadlineText: `次月${input.dueDay}日前交区域办事处`,
    blocks: [
      {
        kind: 'fieldGrid',
        columns: 2,
        cells: [
          { label: '经销商编码', value: flow.dealerCode },
          { label: '经销商名称', value: flow.dealerName },
          { label: '允许区域', value: region },
          { label: '所属月份', value: monthText(flow.month) },
          { label: '收到日期', value: flow.submittedOn },
          { label: '应交日期', value: `${flow.due} 前` },
          { label: '是否按时', value: flow.onTime ? '☑ 按时  □ 逾期' : '□ 按时  ☑ 逾期' },
          { label: '对账结果', value: findings.length === 0 ? '相符' : `${FLOW_FINDING_MARK} 有异常` },
          { label: '流向合计', value: `${flow.lines.length} 行,数量 ${total}` },
          { label: '录入', value: input.enteredBy },
        ],
      },
      {
        kind: 'table',
        title: '流向明细',
        // Widths in points of the portrait page's 442: a date and a batch number each on one line
        // even in a substitute font with wide digits; the buyer takes what is left.
        columns: [
          { label: '序号', width: 30 },
          { label: '日期', width: 76 },
          { label: '产品', width: 88 },
          { label: '批号', width: 62 },
          { label: '数量', width: 44, numeric: true },
          { label: '购货单位', width: 86 },
          { label: '购货单位所在区域', width: 56 },
        ],
        rows: flow.lines.map((l) => [
          [String(l.lineNo)],
          [l.saleDate],
          product(l.productCode),
          [l.batchNo],
          [String(l.quantity)],
          [l.buyerName],
          l.outOfRegion ? [l.buyerRegion, `${FLOW_FINDING_MARK} 区域外`] : [l.buyerRegion],
        ]),
      },
      {
        kind: 'table',
        title: '批号对账',
        columns: [
          { label: '产品', width: 3.4 },
          { label: '批号', width: 2.2 },
          { label: '发货数量', width: 2, numeric: true },
          { label: '流向数量', width: 2, numeric: true },
          { label: '结果', width: 4.3 },
        ],
        rows: flow.batches.map((b) => [
          product(b.productCode),
          [b.batchNo],
          [String(b.shipped)],
          [String(b.flowed)],
          [batchResult(b)],
        ]),
      },
      {
        kind: 'text',
        label: '',
        plain: true,
        value: [
          `发货数量为截至本月末发给该经销商的数量,流向数量含以前各月已报的流向。`,
          `标 ${FLOW_FINDING_MARK} 的为异常:购货单位不在 ${flow.dealerRegion} 区域内,或流向数量超过发货数量。`,
          findings.length > 0 ? `本月:${findings.join(';')}。` : '本月各批号均相符,购货单位均在区域内。',
        ].join('\n'),
      },
      { kind: 'text', label: '备注', value: flow.note },
      {
        kind: 'signatures',
        items: [
          { label: '经销商盖章', value: '' },
          { label: '日期', value: '' },
          { label: '录入人', value: '' },
          { label: '日期', value: '' },
          { label: '区域经理', value: '' },
          { label: '日期', value: '' },
        ],
      },
    ],
    footerNote: [
      `${lh.officeName} ${FLOW_SHEET_TITLE} ${flow.dealerCode} ${flow.month}`,
      `打印 ${input.printedAt}`,
    ].join(' · '),
  };
}
