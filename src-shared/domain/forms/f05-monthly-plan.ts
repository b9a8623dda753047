import { defineForm } from './form-def';

/** F05 月工作计划: the coming month's targets by customer or product, and how to reach them. */
export const F05 = defineForm({
  code: 'F05',
  title: '月工作计划',
  period: 'month',
  authors: ['rep', 'manager'],
  deadlineText: '营销代表每月3日前交区域经理;区域经理每月5日前报销售部',
  expectedFrom: ['rep', 'manager'],
  // The plan for month M is handed in with the summary of M−1, so its deadlines count from M−1.
  deadline: {
    rep: { kind: 'monthly', day: 'repMonthlyDay', monthsAfter: 0 },
    manager: { kind: 'headOffice' },
    headOffice: { kind: 'monthly', day: 'headOfficeMonthlyDay', monthsAfter: 0 },
  },
  monthBundle: 'nextMonth',
  plansAhead: true,
  orientation: 'portrait',
  sections: [
    {
      kind: 'table',
      table: {
        key: 'targets',
        label: '销售目标',
        rowNoun: '目标',
        minRows: 1,
        maxRows: 30,
        columns: [
          { key: 'subject', label: '客户/产品', type: 'text', required: true, max: 100 },
          { key: 'amount', label: '目标金额', type: 'number', unit: '元', min: 0, required: true },
          { key: 'measures', label: '措施', type: 'textarea', max: 500 },
        ],
        paper: [
          { label: '客户/产品', keys: ['subject'], width: 28 },
          { label: '目标金额', keys: ['amount'], width: 20 },
          { label: '措施', keys: ['measures'], width: 52 },
        ],
      },
    },
    {
      kind: 'fields',
      fields: [
        {
          key: 'targetTotal',
          label: '目标金额合计',
          type: 'number',
          unit: '元',
          compute: { kind: 'columnSum', table: 'targets', column: 'amount' },
        },
      ],
    },
    {
      kind: 'fields',
      fields: [
        {
          key: 'keyCustomers',
          label: '重点客户开发计划',
          type: 'textarea',
          required: true,
          max: 2000,
          span: 12,
          offer: 'contactDue',
        },
        { key: 'activities', label: '市场活动计划', type: 'textarea', max: 2000, span: 12 },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'budget', label: '费用预算', type: 'number', unit: '元', min: 0 },
        { key: 'budgetDetail', label: '费用明细', type: 'textarea', max: 1000, span: 12 },
      ],
    },
    {
      kind: 'table',
      table: {
        key: 'weeks',
        label: '分周安排',
        rowNoun: '周',
        minRows: 1,
        maxRows: 6,
        columns: [
          { key: 'week', label: '周次', type: 'text', required: true, max: 40 },
          { key: 'work', label: '工作安排', type: 'textarea', required: true, max: 500 },
          { key: 'goal', label: '预期目标', type: 'textarea', max: 300 },
        ],
        paper: [
          { label: '周次', keys: ['week'], width: 30 },
          { label: '工作安排', keys: ['work'], width: 44 },
          { label: '预期目标', keys: ['goal'], width: 26 },
        ],
      },
    },
  ],
  reviewLabel: '上级意见',
  signatures: ['填表人签字', '上级签字'],
});
