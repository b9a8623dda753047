import { defineForm } from './form-def';

/** F08 季度市场分析报告: the manager's quarter in figures and the market behind them. */
export const F08 = defineForm({
  code: 'F08',
  title: '季度市场分析报告',
  period: 'quarter',
  authors: ['manager'],
  authorLabel: '区域经理',
  deadlineText: '季度结束后15日内报销售部',
  expectedFrom: ['manager'],
  deadline: { manager: { kind: 'headOffice' }, headOffice: { kind: 'quarterly' } },
  monthBundle: 'quarterEndingInMonth',
  orientation: 'portrait',
  sections: [
    {
      kind: 'table',
      table: {
        key: 'monthlySales',
        label: '销售完成',
        rowNoun: '月份',
        minRows: 3,
        maxRows: 3,
        // Rows: { month: '2026年10月', target: number | null, actual: number | null }.
        prefill: 'quarterMonthlySales',
        columns: [
          { key: 'month', label: '月份', type: 'text', required: true, max: 20 },
          { key: 'target', label: '目标', type: 'number', unit: '元', min: 0 },
          { key: 'actual', label: '完成', type: 'number', unit: '元', min: 0 },
          {
            key: 'rate',
            label: '达成率',
            type: 'number',
            unit: '%',
            compute: { kind: 'ratio', num: 'actual', den: 'target' },
          },
        ],
        paper: [
          { label: '月份', keys: ['month'], width: 22 },
          { label: '目标', keys: ['target'], width: 28 },
          { label: '完成', keys: ['actual'], width: 28 },
          { label: '达成率', keys: ['rate'], width: 22 },
        ],
      },
    },
    {
      kind: 'fields',
      fields: [
        {
          key: 'quarterTarget',
          label: '季度目标',
          type: 'number',
          unit: '元',
          compute: { kind: 'columnSum', table: 'monthlySales', column: 'target' },
        },
        {
          key: 'quarterActual',
          label: '季度完成',
          type: 'number',
          unit: '元',
          compute: { kind: 'columnSum', table: 'monthlySales', column: 'actual' },
        },
        {
          key: 'quarterRate',
          label: '季度达成率',
          type: 'number',
          unit: '%',
          compute: { kind: 'ratio', num: 'quarterActual', den: 'quarterTarget' },
        },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'customerMix', label: '客户结构', type: 'textarea', required: true, max: 2000, span: 12 },
        { key: 'productMix', label: '产品结构', type: 'textarea', required: true, max: 2000, span: 12 },
        { key: 'competitors', label: '竞品分析', type: 'textarea', required: true, max: 3000, span: 12 },
        { key: 'opportunities', label: '市场机会与威胁', type: 'textarea', max: 2000, span: 12 },
        {
          key: 'countermeasures',
          label: '问题与对策',
          type: 'textarea',
          required: true,
          max: 2000,
          span: 12,
        },
        {
          key: 'nextQuarter',
          label: '下季度目标与计划',
          type: 'textarea',
          required: true,
          max: 3000,
          span: 12,
        },
      ],
    },
  ],
  reviewLabel: '销售部意见',
  signatures: ['区域经理签字'],
});
