import type { Opportunity, StageDef } from '../contract/pipeline';
import { formatYuan, toFen, toYuan } from '../domain/performance';
import type { Letterhead } from './doc-meta';
import type { DocBlock, DocModel } from './doc-model';

/** The report's title as printed. */
export const PIPELINE_REPORT_TITLE = '销售漏斗报告';

/** What the region's pipeline report is built from. */
export interface PipelineReportInput {
  letterhead: Letterhead;
  /** The office day the figures are as of (YYYY-MM-DD). */
  asOf: string;
  stages: readonly StageDef[];
  /** The open opportunities, as the list shows them on that day. */
  opportunities: readonly Opportunity[];
  /** When the document was made, as printed. */
  printedAt: string;
}

interface Totals {
  count: number;
  /** 分, so sums are exact. */
  amount: number;
  weighted: number;
  over: number;
}

const empty = (): Totals => ({ count: 0, amount: 0, weighted: 0, over: 0 });

function add(t: Totals, o: Opportunity): void {
  const fen = toFen(o.amount);
  t.count++;
  t.amount += fen;
  t.weighted += Math.round((fen * o.probability) / 100);
  if (o.overLimit) t.over++;
}

const money = (fen: number) => formatYuan(toYuan(fen));

/** A group's figures as table cells: count, amount, weighted amount (and the over-limit count). */
const figures = (t: Totals, withOver = true) => [
  [String(t.count)],
  [money(t.amount)],
  [money(t.weighted)],
  ...(withOver ? [[String(t.over)]] : []),
];

function groupBy<K>(items: readonly Opportunity[], keyOf: (o: Opportunity) => K): Map<K, Totals> {
  const out = new Map<K, Totals>();
  for (const o of items) {
    const k = keyOf(o);
    const t = out.get(k) ?? empty();
    add(t, o);
    out.set(k, t);
  }
  return out;
}

const sumColumns = [
  { label: '商机数', width: 1.6, numeric: true },
  { label: '预计金额(元)', width: 3.2, numeric: true },
  { label: '加权金额(元)', width: 3.2, numeric: true },
];

/**
 * The region's 销售漏斗报告 on a day: the open opportunities by stage (count, amount, amount weighted
 * by the stage's probability), by owner and by expected month, and those over their stage's limit,
 * with signature lines for whoever made it and the manager. Portrait A4.
 */
export function buildPipelineReport(input: PipelineReportInput): DocModel {
  const { letterhead: lh, opportunities: open } = input;
  const all = empty();
  for (const o of open) add(all, o);

  const byStage = groupBy(open, (o) => o.stage);
  const byOwner = [...groupBy(open, (o) => o.ownerName).entries()].sort(
    (a, b) => b[1].amount - a[1].amount || a[0].localeCompare(b[0], 'zh-CN'),
  );
  const byMonth = [...groupBy(open, (o) => o.expectedClose.slice(0, 7)).entries()].sort((a, b) =>
    a[0].localeCompare(b[0]),
  );
  const over = open
    .filter((o) => o.overLimit)
    .sort((a, b) => b.daysInStage - (b.limitDays ?? 0) - (a.daysInStage - (a.limitDays ?? 0)));

  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 2,
      cells: [
        { label: '区域', value: lh.regionName },
        { label: '统计日期', value: input.asOf },
        { label: '进行中商机', value: `${all.count} 个` },
        { label: '超期商机', value: `${all.over} 个` },
        { label: '预计金额', value: `${money(all.amount)} 元` },
        { label: '加权金额', value: `${money(all.weighted)} 元` },
      ],
    },
    {
      kind: 'table',
      // The weighting said where the figures are, so the report fits one page without a notes box.
      title: '按阶段(加权金额 = 预计金额 × 赢单概率)',
      columns: [
        { label: '阶段', width: 2.4 },
        { label: '赢单概率', width: 1.8, numeric: true },
        ...sumColumns,
        { label: '超期', width: 1.4, numeric: true },
      ],
      rows: [
        ...input.stages.map((s) => [
          [s.name],
          [`${s.probability}%`],
          ...figures(byStage.get(s.key) ?? empty()),
        ]),
        [['合计'], [''], ...figures(all)],
      ],
    },
    {
      kind: 'table',
      title: '按负责人',
      columns: [{ label: '负责人', width: 4.2 }, ...sumColumns, { label: '超期', width: 1.4, numeric: true }],
      rows:
        byOwner.length === 0
          ? [[['无进行中的商机'], [''], [''], [''], ['']]]
          : byOwner.map(([name, t]) => [[name], ...figures(t)]),
    },
    {
      kind: 'table',
      title: '按预计成交月份',
      columns: [{ label: '预计成交月份', width: 5.6 }, ...sumColumns],
      rows:
        byMonth.length === 0
          ? [[['无进行中的商机'], [''], [''], ['']]]
          : byMonth.map(([month, t]) => [
              [`${month.slice(0, 4)}年${Number(month.slice(5))}月`],
              ...figures(t, false),
            ]),
    },
    {
      kind: 'table',
      title: '超期商机(停留天数超过该阶段上限)',
      columns: [
        { label: '客户', width: 3.4 },
        { label: '商机', width: 3.2 },
        { label: '阶段', width: 1.6 },
        { label: '停留/上限(天)', width: 2.2, numeric: true },
        { label: '负责人', width: 1.6 },
        { label: '预计金额(元)', width: 2.6, numeric: true },
      ],
      rows:
        over.length === 0
          ? [[['无超期商机'], [''], [''], [''], [''], ['']]]
          : over.map((o) => [
              [o.customerName],
              [o.title],
              [o.stageName],
              [`${o.daysInStage}/${o.limitDays ?? '—'}`],
              [o.ownerName],
              [formatYuan(o.amount)],
            ]),
    },
    {
      kind: 'signatures',
      items: [
        { label: '制表人', value: '' },
        { label: '日期', value: '' },
        { label: '区域经理', value: '' },
        { label: '日期', value: '' },
      ],
    },
  ];

  const region = lh.regionName && !/区域?$/.test(lh.regionName) ? `${lh.regionName}区域` : lh.regionName;
  const fax = lh.fax.trim() ? `  传真 ${lh.fax.trim()}` : '';
  return {
    orientation: 'portrait',
    header: {
      left: `${lh.company}  ${PIPELINE_REPORT_TITLE}`,
      right: `${[region, lh.officeName].filter(Boolean).join(' · ')}${fax}`,
    },
    title: PIPELINE_REPORT_TITLE,
    code: '',
    deadlineText: '',
    blocks,
    footerNote: [`${lh.officeName} ${input.asOf}`, `打印 ${input.printedAt}`].join(' · '),
  };
}
