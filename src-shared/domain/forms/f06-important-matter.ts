import { defineForm } from './form-def';

/** 紧急程度 options (FORMS.md F06); the deadline rules read the same words. */
export const MATTER_URGENCIES = ['一般', '紧急', '特急'] as const;

/** F06 重要事项报告: a matter the author cannot decide, reported at once with a request for a decision. */
export const F06 = defineForm({
  code: 'F06',
  title: '重要事项报告',
  period: 'event',
  authors: ['rep', 'manager'],
  authorLabel: '报告人',
  deadlineText: '一般24小时内报告;紧急、特急2小时内先口头报告',
  deadline: {
    rep: { kind: 'afterEvent', hours: 'eventHours' },
    manager: { kind: 'afterEvent', hours: 'eventHours' },
    headOffice: null,
  },
  eventTime: { field: 'occurredAt', required: true, urgencyField: 'urgency' },
  monthBundle: 'daysInMonth',
  orientation: 'portrait',
  sections: [
    {
      kind: 'fields',
      fields: [
        { key: 'subject', label: '标题', type: 'text', required: true, max: 100, span: 12 },
        { key: 'urgency', label: '紧急程度', type: 'choice', options: MATTER_URGENCIES, required: true },
        { key: 'occurredAt', label: '发生时间', type: 'datetime', required: true },
        { key: 'oralReportAt', label: '口头先报时间', type: 'datetime' },
        { key: 'place', label: '地点', type: 'text', max: 100, span: 12 },
        { key: 'involved', label: '涉及客户/人员', type: 'text', max: 200, span: 12 },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'details', label: '经过与情况说明', type: 'textarea', required: true, max: 3000, span: 12 },
        { key: 'cause', label: '原因', type: 'textarea', max: 1000, span: 12 },
        { key: 'impact', label: '影响与风险', type: 'textarea', max: 1000, span: 12 },
        { key: 'actions', label: '已采取措施', type: 'textarea', max: 1000, span: 12 },
        { key: 'proposal', label: '建议处理方案', type: 'textarea', max: 1000, span: 12 },
        { key: 'request', label: '请示事项', type: 'textarea', required: true, max: 1000, span: 12 },
      ],
    },
    {
      kind: 'fields',
      fields: [{ key: 'attachments', label: '附件', type: 'text', max: 300, span: 12 }],
    },
    // The decision: 批复意见 first, as lists read the first decision field to tell decided from open.
    {
      kind: 'fields',
      fields: [
        {
          key: 'decisionText',
          label: '批复意见',
          type: 'textarea',
          decision: true,
          required: true,
          max: 1000,
          span: 12,
        },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'decidedBy', label: '批复人', type: 'text', decision: true, required: true, max: 50 },
        { key: 'decidedOn', label: '批复日期', type: 'date', decision: true, required: true },
      ],
    },
  ],
  reviewLabel: '',
  signatures: ['报告人签字', '批复人签字'],
});
