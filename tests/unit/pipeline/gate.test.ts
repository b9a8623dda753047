import { describe, expect, it } from 'vitest';
import {
  type CheckRecord,
  DEFAULT_STAGES,
  daysInStage,
  isOverLimit,
  missingForMove,
  probabilityOf,
} from '../../../src-shared/domain/pipeline';

const done = (stage: string, item: string, evidence: Partial<CheckRecord> = {}): CheckRecord => ({
  stage,
  item,
  done: true,
  evidenceNumber: null,
  attachmentId: null,
  ...evidence,
});

/** Everything of 商机, 洽谈 and 报价 done with its evidence. */
const throughQuote = [
  done('lead', 'needs'),
  done('lead', 'decider'),
  done('talks', 'proposal'),
  done('quote', 'quote_sent', { evidenceNumber: 'BJ-2026-118' }),
];

describe('the default sales process', () => {
  it('runs 商机 → 洽谈 → 报价 → 合同 → 交付 → 售后 with rising probability and limits', () => {
    expect(DEFAULT_STAGES.map((s) => [s.name, s.probability, s.limitDays])).toEqual([
      ['商机', 10, 30],
      ['洽谈', 25, 30],
      ['报价', 50, 14],
      ['合同', 75, 14],
      ['交付', 90, 30],
      ['售后', 100, null],
    ]);
    const contract = DEFAULT_STAGES.find((s) => s.name === '合同')!;
    expect(contract.checklist).toEqual([
      { key: 'signed', label: '合同已签订', evidence: 'number', evidenceLabel: '合同编号' },
    ]);
  });

  it('takes the probability from the stage while open, 100 when won and 0 when lost', () => {
    expect(probabilityOf(DEFAULT_STAGES, 'quote', 'open')).toBe(50);
    expect(probabilityOf(DEFAULT_STAGES, 'quote', 'won')).toBe(100);
    expect(probabilityOf(DEFAULT_STAGES, 'quote', 'lost')).toBe(0);
  });
});

describe('missingForMove (the stage gate)', () => {
  it('lets an opportunity leave a stage whose items are all done', () => {
    expect(missingForMove(DEFAULT_STAGES, throughQuote, 'quote', 'contract')).toEqual([]);
  });

  it('names what is missing, in Chinese, with the evidence it needs', () => {
    expect(missingForMove(DEFAULT_STAGES, [], 'lead', 'talks')).toEqual([
      '商机阶段:确认客户需求(未完成)',
      '商机阶段:确认决策人(未完成)',
    ]);
    expect(missingForMove(DEFAULT_STAGES, throughQuote, 'contract', 'delivery')).toEqual([
      '合同阶段:合同已签订(缺合同编号)',
    ]);
  });

  it('does not count an item ticked without the number or file it asks for', () => {
    const ticked = [...throughQuote, done('contract', 'signed', { evidenceNumber: '  ' })];
    expect(missingForMove(DEFAULT_STAGES, ticked, 'contract', 'delivery')).toEqual([
      '合同阶段:合同已签订(缺合同编号)',
    ]);
    const withNumber = [...throughQuote, done('contract', 'signed', { evidenceNumber: 'HT-2026-0457' })];
    expect(missingForMove(DEFAULT_STAGES, withNumber, 'contract', 'delivery')).toEqual([]);

    const shipped = [...withNumber, done('delivery', 'shipped', { evidenceNumber: 'FH-88' })];
    expect(
      missingForMove(DEFAULT_STAGES, [...shipped, done('delivery', 'receipt')], 'delivery', 'service'),
    ).toEqual(['交付阶段:客户签收(缺签收单)']);
    expect(
      missingForMove(
        DEFAULT_STAGES,
        [...shipped, done('delivery', 'receipt', { attachmentId: 7 })],
        'delivery',
        'service',
      ),
    ).toEqual([]);
  });

  it('checks every stage passed over when moving forward by several', () => {
    const partly = [done('lead', 'needs'), done('lead', 'decider')];
    expect(missingForMove(DEFAULT_STAGES, partly, 'lead', 'contract')).toEqual([
      '洽谈阶段:提交解决方案(未完成)',
      '报价阶段:报价已发出(缺报价单号)',
    ]);
    // The target stage's own items are for leaving it, not for entering.
    expect(missingForMove(DEFAULT_STAGES, throughQuote, 'lead', 'contract')).toEqual([]);
  });

  it('asks nothing to move backward or stay', () => {
    expect(missingForMove(DEFAULT_STAGES, [], 'contract', 'lead')).toEqual([]);
    expect(missingForMove(DEFAULT_STAGES, [], 'quote', 'quote')).toEqual([]);
  });

  it('ignores an unticked item even if a number was once typed', () => {
    const unticked = [
      ...throughQuote,
      { ...done('contract', 'signed', { evidenceNumber: 'HT-1' }), done: false },
    ];
    expect(missingForMove(DEFAULT_STAGES, unticked, 'contract', 'delivery')).toHaveLength(1);
  });
});

describe('days in stage', () => {
  it('counts calendar days, across a month end and holidays alike', () => {
    expect(daysInStage('2026-11-26', '2026-11-26')).toBe(0);
    expect(daysInStage('2026-11-26', '2026-12-03')).toBe(7);
    // 国庆 counts: a customer waits through it too.
    expect(daysInStage('2026-09-30', '2026-10-08')).toBe(8);
    expect(daysInStage('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('flags a stay longer than the stage allows, never for a stage without a limit', () => {
    const quote = DEFAULT_STAGES.find((s) => s.key === 'quote')!;
    const service = DEFAULT_STAGES.find((s) => s.key === 'service')!;
    expect(isOverLimit(quote, 14)).toBe(false);
    expect(isOverLimit(quote, 15)).toBe(true);
    expect(isOverLimit(service, 5000)).toBe(false);
  });
});
