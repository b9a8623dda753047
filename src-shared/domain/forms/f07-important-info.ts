import { defineForm } from './form-def';

/** 信息类别 options (FORMS.md F07). */
export const INFO_CATEGORIES = [
  '竞品动态',
  '价格变动',
  '政策法规',
  '客户重大变动',
  '窜货线索',
  '其他',
] as const;
/** 可信度 options (FORMS.md F07). */
export const INFO_CREDIBILITY = ['已核实', '待核实'] as const;

/** F07 重要信息报告: market information worth passing up at once. */
export const F07 = defineForm({
  code: 'F07',
  title: '重要信息报告',
  period: 'event',
  authors: ['rep', 'manager'],
  authorLabel: '报告人',
  deadlineText: '获得重要信息后24小时内报告;特殊事项须书面报告',
  deadline: {
    rep: { kind: 'afterEvent', hours: 'infoHours' },
    manager: { kind: 'afterEvent', hours: 'infoHours' },
    headOffice: null,
  },
  eventTime: { field: 'obtainedOn', required: false },
  monthBundle: 'daysInMonth',
  orientation: 'portrait',
  sections: [
    {
      kind: 'fields',
      fields: [
        {
          key: 'category',
          label: '信息类别',
          type: 'choice',
          options: INFO_CATEGORIES,
          required: true,
          span: 12,
        },
        { key: 'source', label: '信息来源', type: 'text', required: true, max: 200 },
        { key: 'obtainedOn', label: '获取日期', type: 'date', required: true },
        { key: 'credibility', label: '可信度', type: 'choice', options: INFO_CREDIBILITY, required: true },
      ],
    },
    {
      kind: 'fields',
      fields: [
        { key: 'content', label: '内容', type: 'textarea', required: true, max: 3000, span: 12 },
        { key: 'measures', label: '建议措施', type: 'textarea', max: 1000, span: 12 },
      ],
    },
  ],
  reviewLabel: '上级意见',
  signatures: ['报告人签字', '接收人签字'],
});
