import { defineForm } from './form-def';

/** 拜访方式 options (FORMS.md F01). */
export const VISIT_METHODS = ['现场', '电话', '线上', '来访'] as const;
/** 拜访目的 options (FORMS.md F01). */
export const VISIT_PURPOSES = [
  '开发新客户',
  '客情维护',
  '订单跟进',
  '回款',
  '售后服务',
  '市场调研',
  '其他',
] as const;

/** F01 走访表: one per person per working day. */
export const F01 = defineForm({
  code: 'F01',
  title: '走访表',
  period: 'day',
  authors: ['rep', 'manager'],
  deadlineText: '本周走访表周日24:00前交办事处;区域经理审核后次月5日前报销售部',
  // Expected from every rep each working day; a manager files one only when he visits alone
  // (FORMS.md), so his are counted when they come and never missing.
  expectedFrom: ['rep'],
  deadline: {
    rep: { kind: 'weekly', setting: 'visitWeekly' },
    // A manager's own 走访表 goes with the month's forms straight to 销售部.
    manager: { kind: 'headOffice' },
    headOffice: { kind: 'monthly', day: 'headOfficeMonthlyDay', monthsAfter: 1 },
  },
  monthBundle: 'daysInMonth',
  monthCover: {
    title: '走访表月汇总',
    figures: [
      { field: 'plannedVisits', total: '计划拜访合计' },
      { field: 'actualVisits', total: '实际拜访合计' },
    ],
    countTable: 'visits',
  },
  countOf: { field: 'actualVisits', table: 'visits' },
  weeklyHandIn: true,
  headline: { countRows: 'visits', suffix: ' 次拜访' },
  contacts: {
    kind: 'visit',
    table: 'visits',
    customer: 'customerName',
    mode: 'method',
    purpose: 'purpose',
    result: 'result',
    opportunity: 'opportunityId',
    nextVisit: 'nextVisit',
  },
  orientation: 'landscape',
  sections: [
    {
      kind: 'fields',
      fields: [
        { key: 'plannedVisits', label: '计划拜访数', type: 'integer', min: 0, max: 99, span: 3 },
        { key: 'actualVisits', label: '实际拜访数', type: 'integer', min: 0, max: 99, span: 3 },
      ],
    },
    {
      kind: 'table',
      table: {
        key: 'visits',
        label: '拜访记录',
        rowNoun: '拜访',
        minRows: 0,
        maxRows: 40,
        columns: [
          { key: 'start', label: '开始时间', type: 'time', required: true },
          { key: 'end', label: '结束时间', type: 'time' },
          {
            key: 'customerName',
            label: '客户名称',
            type: 'customer',
            required: true,
            max: 100,
            fills: { customerType: 'customerType', contact: 'contact', phone: 'phone' },
          },
          { key: 'customerType', label: '客户类型', type: 'text', max: 30 },
          { key: 'contact', label: '联系人及职务', type: 'text', max: 60 },
          { key: 'phone', label: '电话', type: 'text', max: 40 },
          { key: 'method', label: '拜访方式', type: 'select', options: VISIT_METHODS, required: true },
          { key: 'purpose', label: '拜访目的', type: 'select', options: VISIT_PURPOSES, required: true },
          { key: 'result', label: '洽谈内容及结果', type: 'textarea', max: 1000 },
          { key: 'needs', label: '客户意见与需求', type: 'textarea', max: 1000 },
          { key: 'competitors', label: '竞品信息', type: 'textarea', max: 1000 },
          { key: 'nextStep', label: '下一步计划', type: 'textarea', max: 500 },
          { key: 'nextVisit', label: '下次拜访日期', type: 'date' },
        ],
        paper: [
          { label: '时间', keys: ['start', 'end'], width: 8 },
          { label: '客户名称 / 客户类型', keys: ['customerName', 'customerType'], width: 13 },
          { label: '联系人及职务 / 电话', keys: ['contact', 'phone'], width: 14 },
          { label: '拜访方式 / 拜访目的', keys: ['method', 'purpose'], width: 9 },
          { label: '洽谈内容及结果', keys: ['result'], width: 17 },
          { label: '客户意见与需求', keys: ['needs'], width: 12 },
          { label: '竞品信息', keys: ['competitors'], width: 9 },
          { label: '下一步计划 / 下次拜访日期', keys: ['nextStep', 'nextVisit'], width: 18 },
        ],
      },
    },
    {
      kind: 'fields',
      fields: [{ key: 'summary', label: '当日工作小结', type: 'textarea', max: 2000, span: 12 }],
    },
  ],
  reviewLabel: '区域经理审核意见',
  signatures: ['营销代表签字', '区域经理签字'],
});
