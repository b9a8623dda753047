import { defineForm } from './form-def';

/** F04 月工作总结: the calendar month's results against target, and what they mean. */
export const F04 = defineForm({
  code: 'F04',
  title: '月工作总结',
  period: 'month',
  authors: ['rep', 'manager'],
  deadlineText: '营销代表次月3日前交区域经理;区域经理次月5日前报销售部',
  expectedFrom: ['rep', 'manager'],
  deadline: {
    rep: { kind: 'monthly', day: 'repMonthlyDay', monthsAfter: 1 },
    manager: { kind: 'headOffice' },
    headOffice: { kind: 'monthly', day: 'headOfficeMonthlyDay', monthsAfter: 1 },
  },
  monthBundle: 'month',
  figures: {
    salesTarget: 'salesTarget',
    salesActual: 'salesActual',
    collectionTarget: 'collectionTarget',
    collectionActual: 'collectionActual',
  },
  orientation: 'portrait',
  sections: [
    {
      kind: 'fields',
      // Sales beside collection, so each printed row compares like with like.
      fields: [
        {
          key: 'salesTarget',
          label: '销售目标',
          type: 'number',
          unit: '元',
          min: 0,
          prefill: 'monthSalesTarget',
        },
        {
          key: 'collectionTarget',
          label: '回款目标',
          type: 'number',
          unit: '元',
          min: 0,
          prefill: 'monthCollectionTarget',
        },
        { key: 'salesActual', label: '实际完成', type: 'number', unit: '元', min: 0 },
        { key: 'collectionActual', label: '实际回款', type: 'number', unit: '元', min: 0 },
        {
          key: 'salesRate',
          label: '达成率',
          type: 'number',
          unit: '%',
          compute: { kind: 'ratio', num: 'salesActual', den: 'salesTarget' },
        },
        {
          key: 'collectionRate',
          label: '回款达成率',
          type: 'number',
          unit: '%',
          compute: { kind: 'ratio', num: 'collectionActual', den: 'collectionTarget' },
        },
        { key: 'newCustomers', label: '新开发客户数', type: 'integer', min: 0, max: 999 },
        { key: 'lostCustomers', label: '流失客户数', type: 'integer', min: 0, max: 999 },
        {
          key: 'visitCount',
          label: '拜访次数',
          type: 'integer',
          min: 0,
          max: 9999,
          prefill: 'monthVisitCount',
        },
        {
          key: 'jointVisitCount',
          label: '协访次数',
          type: 'integer',
          min: 0,
          max: 999,
          prefill: 'monthJointVisitCount',
        },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'keyWork', label: '重点工作回顾', type: 'textarea', required: true, max: 3000, span: 12 },
        { key: 'marketNews', label: '市场与竞品动态', type: 'textarea', max: 2000, span: 12 },
        { key: 'problems', label: '存在问题及原因分析', type: 'textarea', max: 2000, span: 12 },
        { key: 'support', label: '需要的支持', type: 'textarea', max: 1000, span: 12 },
      ],
    },
  ],
  reviewLabel: '上级评语',
  signatures: ['填表人签字', '上级签字'],
});
