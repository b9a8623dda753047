import { defineForm, type FieldDef } from './form-def';

/** 协访类型 options (FORMS.md F02). */
export const JOINT_VISIT_TYPES = ['观察', '示范', '辅导'] as const;

/** The eight points a rep is scored on during a joint visit, each 1–5 (FORMS.md F02). */
export const JOINT_VISIT_SCORES: readonly FieldDef[] = [
  { key: 'scorePreparation', label: '拜访准备', type: 'score', required: true },
  { key: 'scoreOpening', label: '开场与沟通', type: 'score', required: true },
  { key: 'scoreProduct', label: '产品知识', type: 'score', required: true },
  { key: 'scoreNeeds', label: '需求挖掘', type: 'score', required: true },
  { key: 'scoreObjections', label: '异议处理', type: 'score', required: true },
  { key: 'scoreClosing', label: '促成成交', type: 'score', required: true },
  { key: 'scoreRelationship', label: '客情维护', type: 'score', required: true },
  { key: 'scoreReporting', label: '资料与报表', type: 'score', required: true },
];

/** F02 协访表: the manager's record of one visit made together with a rep, scoring the rep. */
export const F02 = defineForm({
  code: 'F02',
  title: '协访表',
  period: 'day',
  authors: ['manager'],
  authorLabel: '区域经理',
  deadlineText: '区域经理当月协访表次月5日前报销售部',
  deadline: {
    manager: { kind: 'headOffice' },
    headOffice: { kind: 'monthly', day: 'headOfficeMonthlyDay', monthsAfter: 1 },
  },
  monthBundle: 'daysInMonth',
  contacts: {
    kind: 'jointVisit',
    customer: 'customerName',
    purpose: 'purpose',
    nextVisit: 'nextVisitDate',
    withPerson: 'repId',
  },
  orientation: 'portrait',
  sections: [
    {
      kind: 'fields',
      fields: [
        { key: 'repId', label: '营销代表', type: 'person', nameKey: 'repName', required: true, span: 3 },
        { key: 'visitType', label: '协访类型', type: 'choice', options: JOINT_VISIT_TYPES, required: true },
        { key: 'customerName', label: '客户', type: 'customer', required: true, max: 100, span: 6 },
        { key: 'purpose', label: '协访目的', type: 'text', required: true, max: 200, span: 12 },
      ],
    },
    {
      kind: 'fields',
      fields: [
        ...JOINT_VISIT_SCORES,
        {
          key: 'totalScore',
          label: '总分',
          type: 'integer',
          compute: { kind: 'sum', of: JOINT_VISIT_SCORES.map((f) => f.key) },
        },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'strengths', label: '优点', type: 'textarea', max: 1000, span: 12 },
        { key: 'improvements', label: '需改进之处', type: 'textarea', required: true, max: 1000, span: 12 },
        {
          key: 'coachingPlan',
          label: '辅导建议与改进计划',
          type: 'textarea',
          required: true,
          max: 1500,
          span: 12,
        },
      ],
    },
    { kind: 'fields', fields: [{ key: 'nextVisitDate', label: '下次协访日期', type: 'date' }] },
  ],
  reviewLabel: '',
  signatures: ['营销代表确认签字', '区域经理签字'],
});
