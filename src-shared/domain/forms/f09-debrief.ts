import { defineForm } from './form-def';

/** F09 述职报告: the manager's quarterly account, presented at the quarterly marketing meeting. */
export const F09 = defineForm({
  code: 'F09',
  title: '述职报告',
  period: 'quarter',
  authors: ['manager'],
  authorLabel: '述职人',
  deadlineText: '季度结束后15日内报销售部,并在季度营销会议上述职',
  expectedFrom: ['manager'],
  deadline: { manager: { kind: 'headOffice' }, headOffice: { kind: 'quarterly' } },
  monthBundle: 'quarterEndingInMonth',
  orientation: 'portrait',
  sections: [
    {
      kind: 'fields',
      fields: [
        {
          key: 'achievements',
          label: '主要工作与业绩',
          type: 'textarea',
          required: true,
          max: 3000,
          span: 12,
        },
      ],
    },
    {
      kind: 'fields',
      fields: [
        {
          key: 'salesTarget',
          label: '季度销售目标',
          type: 'number',
          unit: '元',
          min: 0,
          prefill: 'quarterSalesTarget',
        },
        {
          key: 'salesActual',
          label: '季度实际完成',
          type: 'number',
          unit: '元',
          min: 0,
          prefill: 'quarterSalesActual',
        },
        {
          key: 'salesRate',
          label: '季度达成率',
          type: 'number',
          unit: '%',
          compute: { kind: 'ratio', num: 'salesActual', den: 'salesTarget' },
        },
        { key: 'targetReview', label: '目标达成', type: 'textarea', required: true, max: 2000, span: 12 },
      ],
    },
    {
      kind: 'fields',
      fields: [
        {
          key: 'team',
          label: '团队管理与协访情况',
          type: 'textarea',
          required: true,
          max: 2000,
          span: 12,
          prefill: 'quarterCoaching',
        },
        { key: 'shortcomings', label: '问题与不足', type: 'textarea', required: true, max: 2000, span: 12 },
        { key: 'nextPlan', label: '下季度工作思路', type: 'textarea', required: true, max: 3000, span: 12 },
      ],
    },
  ],
  reviewLabel: '销售部意见',
  signatures: ['述职人签字'],
});
