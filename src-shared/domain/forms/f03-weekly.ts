import { defineForm } from './form-def';

/** Whether a piece of the week's key work was planned (FORMS.md F03). */
export const TASK_PLANNED = ['计划内', '计划外'] as const;

/** F03 周计划与周报告: the ISO week's results and the next week's day-by-day plan. */
export const F03 = defineForm({
  code: 'F03',
  title: '周计划与周报告',
  period: 'week',
  authors: ['rep', 'manager'],
  deadlineText: '周日24:00前交区域经理;区域经理周一12:00前报销售部',
  expectedFrom: ['rep', 'manager'],
  deadline: {
    rep: { kind: 'weekly', setting: 'repWeekly' },
    manager: { kind: 'weekly', setting: 'managerWeekly' },
    headOffice: { kind: 'weekly', setting: 'managerWeekly' },
  },
  // 上级意见: the manager comments within 2 working days (第1篇).
  reviewWorkingDays: 2,
  monthBundle: 'weeksOfMonth',
  orientation: 'portrait',
  sections: [
    {
      kind: 'fields',
      title: '本周总结',
      fields: [
        {
          key: 'salesTarget',
          label: '销售额目标',
          type: 'number',
          unit: '元',
          min: 0,
          prefill: 'weekSalesTarget',
        },
        { key: 'salesActual', label: '销售额完成', type: 'number', unit: '元', min: 0 },
        {
          key: 'collectionTarget',
          label: '回款目标',
          type: 'number',
          unit: '元',
          min: 0,
          prefill: 'weekCollectionTarget',
        },
        { key: 'collectionActual', label: '回款完成', type: 'number', unit: '元', min: 0 },
        {
          key: 'visitCount',
          label: '拜访客户数',
          type: 'integer',
          min: 0,
          max: 999,
          prefill: 'weekVisitCount',
        },
        {
          key: 'newCustomerCount',
          label: '新开发客户数',
          type: 'integer',
          min: 0,
          max: 999,
          prefill: 'weekNewCustomerCount',
        },
      ],
    },
    {
      kind: 'table',
      table: {
        key: 'keyTasks',
        label: '重点工作',
        rowNoun: '事项',
        minRows: 1,
        maxRows: 20,
        columns: [
          { key: 'task', label: '事项', type: 'text', required: true, max: 200 },
          { key: 'planned', label: '计划内/计划外', type: 'choice', options: TASK_PLANNED, required: true },
          { key: 'progress', label: '完成情况', type: 'textarea', max: 500 },
          { key: 'reason', label: '未完成原因', type: 'textarea', max: 500 },
        ],
        paper: [
          { label: '事项', keys: ['task'], width: 30 },
          { label: '计划内/计划外', keys: ['planned'], width: 14 },
          { label: '完成情况', keys: ['progress'], width: 30 },
          { label: '未完成原因', keys: ['reason'], width: 26 },
        ],
      },
    },
    {
      kind: 'fields',
      fields: [
        { key: 'unplannedReason', label: '未按计划拜访的原因', type: 'textarea', max: 1000, span: 12 },
        { key: 'marketNews', label: '市场与竞品动态', type: 'textarea', max: 2000, span: 12 },
        { key: 'issues', label: '问题与需要的支持', type: 'textarea', max: 1000, span: 12 },
      ],
    },
    {
      kind: 'table',
      table: {
        key: 'nextWeek',
        label: '下周计划',
        rowNoun: '日程',
        minRows: 1,
        maxRows: 14,
        offer: 'contactDue',
        columns: [
          { key: 'day', label: '日期', type: 'date', required: true },
          { key: 'place', label: '区域/客户', type: 'text', required: true, max: 100 },
          { key: 'work', label: '工作内容', type: 'textarea', required: true, max: 500 },
          { key: 'goal', label: '预期目标', type: 'textarea', max: 300 },
        ],
        paper: [
          { label: '日期', keys: ['day'], width: 17 },
          { label: '区域/客户', keys: ['place'], width: 23 },
          { label: '工作内容', keys: ['work'], width: 35 },
          { label: '预期目标', keys: ['goal'], width: 25 },
        ],
      },
    },
  ],
  reviewLabel: '上级意见',
  signatures: ['填表人签字', '上级签字'],
});
