import type { DocMeta } from '../../../src-shared/documents/doc-model';
import { type FormDef, getForm } from '../../../src-shared/domain/forms';
import { f02Meta, f02Sample } from '../../fixtures/forms/f02-sample';
import { f03Meta, f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Meta, f04Sample } from '../../fixtures/forms/f04-sample';
import { f05Meta, f05Sample } from '../../fixtures/forms/f05-sample';
import { f06Decision, f06Meta, f06Sample } from '../../fixtures/forms/f06-sample';
import { f07Meta, f07Sample } from '../../fixtures/forms/f07-sample';
import { f08Meta, f08Sample } from '../../fixtures/forms/f08-sample';
import { f09Meta, f09Sample } from '../../fixtures/forms/f09-sample';

type Data = Record<string, unknown>;

/** One form under test: a complete sample, a broken copy and what FORMS.md says its paper shows. */
export interface FormCase {
  form: FormDef;
  sample: () => Data;
  meta: () => DocMeta;
  /** Every label FORMS.md lists for the form (options of a choice included), as printed. */
  labels: readonly string[];
  /** The sample spoiled: required values dropped or out of range. */
  incomplete: () => Data;
  /** The field paths the spoiled sample must be refused at. */
  badPaths: readonly string[];
  /** Values that only exist on paper: sums, ratios, grouped amounts, ticked boxes, names. */
  printed: readonly string[];
}

function without(data: Data, ...keys: string[]): Data {
  const out = { ...data };
  for (const k of keys) delete out[k];
  return out;
}

export const FORM_CASES: readonly FormCase[] = [
  {
    form: getForm('F02'),
    sample: f02Sample,
    meta: f02Meta,
    labels: [
      '日期',
      '区域经理',
      '营销代表',
      '客户',
      '协访目的',
      '协访类型',
      '观察',
      '示范',
      '辅导',
      '拜访准备',
      '开场与沟通',
      '产品知识',
      '需求挖掘',
      '异议处理',
      '促成成交',
      '客情维护',
      '资料与报表',
      '总分',
      '优点',
      '需改进之处',
      '辅导建议与改进计划',
      '下次协访日期',
      '营销代表确认签字',
      '区域经理签字',
    ],
    incomplete: () => ({ ...without(f02Sample(), 'repId', 'purpose'), scoreNeeds: 6, visitType: '陪同' }),
    badPaths: ['repId', 'purpose', 'scoreNeeds', 'visitType'],
    printed: ['李明', '□观察 □示范 ☑辅导', '32'],
  },
  {
    form: getForm('F03'),
    sample: f03Sample,
    meta: f03Meta,
    labels: [
      '周次',
      '姓名',
      '区域',
      '本周总结',
      '销售额',
      '目标',
      '完成',
      '回款',
      '拜访客户数',
      '新开发客户数',
      '重点工作',
      '事项',
      '计划内',
      '计划外',
      '完成情况',
      '未完成原因',
      '未按计划拜访的原因',
      '市场与竞品动态',
      '问题与需要的支持',
      '下周计划',
      '日期',
      '区域/客户',
      '工作内容',
      '预期目标',
      '上级意见',
    ],
    incomplete: () => {
      const data = f03Sample();
      const tasks = data.keyTasks as Data[];
      return {
        ...data,
        salesTarget: 'sixty',
        keyTasks: [{ ...tasks[0], task: '', planned: '' }],
        nextWeek: [],
      };
    },
    badPaths: ['salesTarget', 'keyTasks.0.task', 'keyTasks.0.planned', 'nextWeek'],
    printed: ['600,000元', '562,800.50元', '☑计划内', '□计划外', '☑计划外'],
  },
  {
    form: getForm('F04'),
    sample: f04Sample,
    meta: f04Meta,
    labels: [
      '月份',
      '销售目标',
      '实际完成',
      '达成率',
      '回款目标',
      '实际回款',
      '新开发客户数',
      '流失客户数',
      '拜访次数',
      '协访次数',
      '重点工作回顾',
      '市场与竞品动态',
      '存在问题及原因分析',
      '需要的支持',
      '上级评语',
    ],
    incomplete: () => ({ ...without(f04Sample(), 'keyWork'), visitCount: 2.5, salesActual: 1.234 }),
    badPaths: ['keyWork', 'visitCount', 'salesActual'],
    printed: ['2,400,000元', '2,286,500元', '95.3%', '107%', '1,926,000元'],
  },
  {
    form: getForm('F05'),
    sample: f05Sample,
    meta: f05Meta,
    labels: [
      '月份',
      '销售目标',
      '客户/产品',
      '目标金额',
      '措施',
      '重点客户开发计划',
      '市场活动计划',
      '费用预算',
      '分周安排',
      '上级意见',
    ],
    incomplete: () => {
      const data = f05Sample();
      const targets = data.targets as Data[];
      return { ...without(data, 'keyCustomers'), targets: [{ ...targets[0], amount: null }], budget: -5 };
    },
    badPaths: ['keyCustomers', 'targets.0.amount', 'budget'],
    printed: ['900,000元', '2,130,000元', '38,500元'],
  },
  {
    form: getForm('F06'),
    sample: () => ({ ...f06Sample(), ...f06Decision() }),
    meta: f06Meta,
    labels: [
      '标题',
      '发生时间',
      '地点',
      '涉及客户/人员',
      '紧急程度',
      '一般',
      '紧急',
      '特急',
      '经过与情况说明',
      '原因',
      '影响与风险',
      '已采取措施',
      '建议处理方案',
      '请示事项',
      '口头先报时间',
      '附件',
      '批复意见',
      '批复人',
      '批复日期',
      '报告人',
    ],
    incomplete: () => ({
      ...without(f06Sample(), 'request', 'urgency'),
      occurredAt: '2026-11-26',
      oralReportAt: '11:15',
    }),
    badPaths: ['request', 'urgency', 'occurredAt', 'oralReportAt'],
    printed: ['□一般 ☑紧急 □特急', '2026-11-26 10:30', '2026-11-26 11:15'],
  },
  {
    form: getForm('F07'),
    sample: f07Sample,
    meta: f07Meta,
    labels: [
      '信息类别',
      '竞品动态',
      '价格变动',
      '政策法规',
      '客户重大变动',
      '窜货线索',
      '其他',
      '信息来源',
      '获取日期',
      '内容',
      '可信度',
      '已核实',
      '待核实',
      '建议措施',
    ],
    incomplete: () => ({ ...without(f07Sample(), 'content'), obtainedOn: '11月25日', credibility: '可信' }),
    badPaths: ['content', 'obtainedOn', 'credibility'],
    printed: ['☑窜货线索', '□竞品动态', '□已核实 ☑待核实'],
  },
  {
    form: getForm('F08'),
    sample: f08Sample,
    meta: f08Meta,
    labels: [
      '季度',
      '销售完成',
      '月份',
      '目标',
      '完成',
      '达成率',
      '客户结构',
      '产品结构',
      '竞品分析',
      '市场机会与威胁',
      '问题与对策',
      '下季度目标与计划',
      '销售部意见',
    ],
    incomplete: () => {
      const data = f08Sample();
      return { ...without(data, 'competitors'), monthlySales: (data.monthlySales as Data[]).slice(0, 2) };
    },
    badPaths: ['competitors', 'monthlySales'],
    printed: ['7,000,000元', '6,859,000元', '98%', '105%', '91.5%', '2,415,500元'],
  },
  {
    form: getForm('F09'),
    sample: f09Sample,
    meta: f09Meta,
    labels: [
      '述职人',
      '季度',
      '主要工作与业绩',
      '目标达成',
      '团队管理与协访情况',
      '问题与不足',
      '下季度工作思路',
      '述职人签字',
    ],
    incomplete: () => ({ ...without(f09Sample(), 'nextPlan'), team: '  ', extra: '多余' }),
    badPaths: ['nextPlan', 'team', ''],
    printed: ['7,000,000元', '6,859,000元', '98%'],
  },
];

/** Every text value typed into a sample (table rows included), line by line: what paper must carry. */
export function typedLines(form: FormDef, data: Data): string[] {
  const textKeys = new Set(
    form.sections.flatMap((s) =>
      (s.kind === 'fields' ? s.fields : s.table.columns)
        .filter((f) => ['text', 'textarea', 'date', 'time', 'datetime', 'customer'].includes(f.type))
        .map((f) => f.key),
    ),
  );
  const out: string[] = [];
  const visit = (record: Data) => {
    for (const [k, v] of Object.entries(record)) {
      if (typeof v === 'string' && textKeys.has(k)) out.push(...v.split('\n'));
      if (Array.isArray(v)) for (const r of v) if (typeof r === 'object' && r) visit(r as Data);
    }
  };
  visit(data);
  return out.filter((s) => s.trim() !== '');
}
