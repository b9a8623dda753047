import type { BonusFigures, BonusStatement } from '../contract/performance';
import { type BonusPlan, formatYuan } from '../domain/performance';
import type { Letterhead } from './doc-meta';
import type { DocBlock, DocModel } from './doc-model';

/** The statement's title as printed. */
export const BONUS_STATEMENT_TITLE = '奖金核算单';

const ACTUAL_SOURCE = { adjusted: '办事处更正', imported: 'ERP 导入', report: '本人月工作总结' } as const;
const TARGET_SOURCE = { targets: '销售目标(年度分解)', report: '本人月工作总结' } as const;

const yuan = (v: number | null) => (v === null ? '—' : formatYuan(v));
const rate = (v: number | null) => (v === null ? '—' : `${v}%`);

/** What a 奖金核算单 prints besides the statement itself. */
export interface BonusStatementInput {
  letterhead: Letterhead;
  /** YYYY-MM */
  month: string;
  statement: BonusStatement;
  plan: BonusPlan;
  /** When the document was made, as printed. */
  printedAt: string;
  /** The approval time as printed, when approved. */
  approvedAt?: string;
}

/** The 考核数据 rows: each figure the bonus rests on, its value and where it came from. */
function figureRows(f: BonusFigures): string[][][] {
  const { figures: v, kpis } = f;
  const actual = (value: number | null) =>
    value === null || !v.actualSource ? '无实际数' : ACTUAL_SOURCE[v.actualSource];
  const target = (value: number | null) =>
    value === null || !v.targetSource ? '无目标' : TARGET_SOURCE[v.targetSource];
  const rows: [string, string, string][] = [
    ['销售目标(元)', yuan(v.salesTarget), target(v.salesTarget)],
    ['销售实际(元)', yuan(v.salesActual), actual(v.salesActual)],
    ['销售额达成率', rate(kpis.salesRate), kpis.salesRate === null ? '无目标,不计' : '实际 ÷ 目标'],
    ['回款目标(元)', yuan(v.collectionTarget), target(v.collectionTarget)],
    ['回款实际(元)', yuan(v.collectionActual), actual(v.collectionActual)],
    ['回款达成率', rate(kpis.collectionRate), kpis.collectionRate === null ? '无目标,不计' : '实际 ÷ 目标'],
    ['报表及时率', rate(kpis.timelinessRate), `应交 ${f.dueReports} 份,按时 ${f.onTimeReports} 份`],
    [
      '综合得分',
      f.score === null ? '—' : String(f.score),
      f.rank === null ? '绩效评估' : `绩效评估,本月排名第 ${f.rank} 名`,
    ],
  ];
  return rows.map((r) => r.map((c) => [c]));
}

/** The plan in one sentence, so whoever signs can check the tier amount by hand. */
function planText(plan: BonusPlan): string {
  return (
    `奖金基数 ${formatYuan(plan.base)} 元(销售额达成率 100% 时全额);达成率低于 ${plan.floorRate}% 不计,` +
    `${plan.floorRate}% 至 100% 之间按基数的 ${plan.floorShare}% 至 100% 线性计,超过 100% 每 1 个百分点加计基数的 ${plan.acceleration}%,` +
    `最高为基数的 ${plan.capShare}%;报表及时率低于 ${plan.timelinessGate}% 时扣达成奖金的 ${plan.lateCutShare}%。`
  );
}

/**
 * A rep's 奖金核算单 of a month: who and which month, the figures the bonus rests on with their
 * sources, each line of the bonus with its basis and the total, the plan, and signature lines for
 * the rep and the manager. Portrait, one page.
 */
export function buildBonusStatement(input: BonusStatementInput): DocModel {
  const { letterhead: lh, statement: s } = input;
  const [year, month] = input.month.split('-');
  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 2,
      cells: [
        { label: '姓名', value: s.name },
        { label: '月份', value: `${year}年${Number(month)}月` },
        { label: '区域', value: lh.regionName },
        { label: '状态', value: s.approved ? '已审核锁定' : '未审核(仅供核对)' },
        ...(s.approved
          ? [
              { label: '审核人', value: s.approved.by },
              { label: '审核时间', value: input.approvedAt ?? '' },
            ]
          : []),
      ],
    },
  ];
  if (s.figures) {
    blocks.push({
      kind: 'table',
      title: '考核数据',
      columns: [
        { label: '项目', width: 3 },
        { label: '数值', width: 3, numeric: true },
        { label: '来源', width: 5 },
      ],
      rows: figureRows(s.figures),
    });
  }
  blocks.push(
    {
      kind: 'table',
      title: '奖金计算',
      columns: [
        { label: '序号', width: 1 },
        { label: '项目', width: 3 },
        { label: '依据', width: 7 },
        { label: '金额(元)', width: 2.5, numeric: true },
      ],
      rows: [
        ...s.lines.map((l, i) => [[String(i + 1)], [l.label], [l.basis], [formatYuan(l.amount)]]),
        [[''], ['应发奖金'], [''], [formatYuan(s.total)]],
      ],
    },
    { kind: 'text', plain: true, label: '奖金方案', value: planText(input.plan) },
    {
      kind: 'signatures',
      items: [
        { label: '营销代表签字', value: '' },
        { label: '日期', value: '' },
        { label: '区域经理签字', value: '' },
        { label: '日期', value: '' },
      ],
    },
  );

  const region = lh.regionName && !/区域?$/.test(lh.regionName) ? `${lh.regionName}区域` : lh.regionName;
  const fax = lh.fax.trim() ? `  传真 ${lh.fax.trim()}` : '';
  return {
    orientation: 'portrait',
    header: {
      left: `${lh.company}  ${BONUS_STATEMENT_TITLE}`,
      right: `${[region, lh.officeName].filter(Boolean).join(' · ')}${fax}`,
    },
    title: BONUS_STATEMENT_TITLE,
    code: '',
    deadlineText: '',
    blocks,
    footerNote: [
      `${s.name} ${input.month}`,
      s.approved ? '已审核锁定' : '未审核',
      `打印 ${input.printedAt}`,
    ].join(' · '),
  };
}
