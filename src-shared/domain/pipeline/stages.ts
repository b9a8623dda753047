import type { PipelineSettings, StageDef } from '../../contract/pipeline';

/**
 * The regulation's sales process as an office starts with it: 商机 → 洽谈 → 报价 → 合同 → 交付 → 售后,
 * each with the probability of winning, how long an opportunity may stay, and its SOP checklist.
 */
export const DEFAULT_STAGES: readonly StageDef[] = [
  {
    key: 'lead',
    name: '商机',
    probability: 10,
    limitDays: 30,
    checklist: [
      { key: 'needs', label: '确认客户需求', evidence: 'none', evidenceLabel: '' },
      { key: 'decider', label: '确认决策人', evidence: 'none', evidenceLabel: '' },
    ],
  },
  {
    key: 'talks',
    name: '洽谈',
    probability: 25,
    limitDays: 30,
    checklist: [{ key: 'proposal', label: '提交解决方案', evidence: 'none', evidenceLabel: '' }],
  },
  {
    key: 'quote',
    name: '报价',
    probability: 50,
    limitDays: 14,
    checklist: [{ key: 'quote_sent', label: '报价已发出', evidence: 'number', evidenceLabel: '报价单号' }],
  },
  {
    key: 'contract',
    name: '合同',
    probability: 75,
    limitDays: 14,
    checklist: [{ key: 'signed', label: '合同已签订', evidence: 'number', evidenceLabel: '合同编号' }],
  },
  {
    key: 'delivery',
    name: '交付',
    probability: 90,
    limitDays: 30,
    checklist: [
      { key: 'shipped', label: '货物已发出', evidence: 'number', evidenceLabel: '发货单号' },
      { key: 'receipt', label: '客户签收', evidence: 'file', evidenceLabel: '签收单' },
    ],
  },
  {
    key: 'service',
    name: '售后',
    probability: 100,
    limitDays: null,
    checklist: [{ key: 'follow_up', label: '售后回访', evidence: 'none', evidenceLabel: '' }],
  },
];

/** The largest evidence file an office accepts until the manager sets another, in MB. */
export const DEFAULT_ATTACHMENT_MAX_MB = 20;

/** The pipeline settings an office starts with. */
export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = {
  stages: [...DEFAULT_STAGES],
  attachmentMaxMb: DEFAULT_ATTACHMENT_MAX_MB,
};

/** The probability an opportunity shows: its stage's while open, 100 when won, 0 when lost. */
export function probabilityOf(
  stages: readonly StageDef[],
  stage: string,
  status: 'open' | 'won' | 'lost',
): number {
  if (status === 'won') return 100;
  if (status === 'lost') return 0;
  return stages.find((s) => s.key === stage)?.probability ?? 0;
}
