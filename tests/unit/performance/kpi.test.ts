import { describe, expect, it } from 'vitest';
import {
  achievementRate,
  type CustomerContact,
  DEFAULT_SCORE_SETTINGS,
  jointVisitScore,
  KPI_DEFINITIONS,
  newCustomers,
  rank,
  retentionRate,
  timelinessRate,
  totalScore,
} from '../../../src-shared/domain/performance';

const LI = 1;
const WANG = 2;

function contact(
  customerId: number,
  repId: number,
  day: string,
  purpose = '订单跟进',
  approved = true,
): CustomerContact {
  return { customerId, repId, day, purpose, approved };
}

describe('销售额达成率 and 回款达成率', () => {
  it('divides the actual by the target, in percent with one decimal', () => {
    expect(achievementRate(562_800.5, 600_000)).toBe(93.8);
    expect(achievementRate(418_000, 400_000)).toBe(104.5);
    // An empty month with a target: nothing sold is 0 %.
    expect(achievementRate(null, 600_000)).toBe(0);
  });

  it('has no rate without a positive target', () => {
    expect(achievementRate(100, null)).toBeNull();
    expect(achievementRate(100, 0)).toBeNull();
  });
});

describe('新客户获取', () => {
  // November 2026. Customer 10: Li's first visit to develop it, then sales. Customer 11: Li's first
  // visit, then an approved follow-up in November. Customer 12: Li's first visit only (no sales,
  // no follow-up). Customer 13: first visited by Wang, Li came later. Customer 14: Li first visited
  // in October. Customer 15: Li's first visit was an 订单跟进, not 开发新客户. Customer 16: the
  // follow-up is in a report not yet approved.
  const contacts: CustomerContact[] = [
    contact(10, LI, '2026-11-03', '开发新客户'),
    contact(11, LI, '2026-11-05', '开发新客户'),
    contact(11, LI, '2026-11-20'),
    contact(12, LI, '2026-11-06', '开发新客户'),
    contact(13, WANG, '2026-11-02', '开发新客户'),
    contact(13, LI, '2026-11-09', '开发新客户'),
    contact(14, LI, '2026-10-28', '开发新客户'),
    contact(14, LI, '2026-11-04'),
    contact(15, LI, '2026-11-10'),
    contact(16, LI, '2026-11-11', '开发新客户'),
    contact(16, LI, '2026-11-25', '订单跟进', false),
  ];
  const withSales = new Set([10, 13, 14, 15]);

  it('counts first-ever visits to develop a customer that turned into sales or an approved follow-up', () => {
    expect(newCustomers(LI, '2026-11', contacts, withSales)).toEqual([10, 11]);
    expect(newCustomers(WANG, '2026-11', contacts, withSales)).toEqual([13]);
  });

  it('counts nothing in an empty month or for someone who joined after the visits', () => {
    expect(newCustomers(LI, '2026-12', contacts, withSales)).toEqual([]);
    expect(newCustomers(3, '2026-11', contacts, withSales)).toEqual([]);
    expect(newCustomers(LI, '2026-11', [], new Set())).toEqual([]);
  });

  it('counts a customer whose follow-up report is approved later, once it is', () => {
    const approved = contacts.map((c) => (c.customerId === 16 ? { ...c, approved: true } : c));
    expect(newCustomers(LI, '2026-11', approved, withSales)).toEqual([10, 11, 16]);
  });
});

describe('客户保留率', () => {
  it('is the share of last period’s active customers active again', () => {
    // October: 4 customers with sales or contacts; November: 3 of them again, plus a new one.
    expect(retentionRate(new Set([1, 2, 3, 4]), new Set([1, 2, 3, 9]))).toBe(75);
    expect(retentionRate(new Set([1, 2, 3]), new Set([1]))).toBe(33.3);
  });

  it('counts a customer with contacts but no sales as active', () => {
    // The caller builds "active" from sales and contacts alike: customer 5 was only visited.
    const october = new Set([5]);
    const november = new Set([5]);
    expect(retentionRate(october, november)).toBe(100);
  });

  it('keeps a transferred customer that stays active, and has no rate without customers last period', () => {
    // Customer 7 moved from Li to Wang in November; Li kept it active before the transfer.
    expect(retentionRate(new Set([6, 7]), new Set([6, 7]))).toBe(100);
    expect(retentionRate(new Set(), new Set([1]))).toBeNull();
  });
});

describe('报表及时率', () => {
  it('counts 走访表, 周报, 月报 and 月计划 due in the month, late or missing as not on time', () => {
    const due = [
      { formCode: 'F01', periodKey: '2026-11-02', onTime: true },
      { formCode: 'F01', periodKey: '2026-11-03', onTime: false },
      { formCode: 'F03', periodKey: '2026-W45', onTime: true },
      { formCode: 'F04', periodKey: '2026-10', onTime: true },
      { formCode: 'F07', periodKey: '2026-11-05.1', onTime: false },
    ];
    expect(timelinessRate(due)).toBe(75);
  });

  it('has no rate for a month with nothing due (a rep who joined on the last day)', () => {
    expect(timelinessRate([])).toBeNull();
    expect(timelinessRate([{ formCode: 'F06', periodKey: 'x', onTime: false }])).toBeNull();
  });
});

describe('协访评分 and the total score', () => {
  it('averages the joint-visit totals', () => {
    expect(jointVisitScore([32, 35])).toBe(33.5);
    expect(jointVisitScore([])).toBeNull();
  });

  it('weights each KPI’s points and leaves out the KPIs without a value', () => {
    // Points: sales 93.8, collection 104.5, new customers 2/2 → 100, retention 75, timeliness 75.
    // No joint visit: its weight is left out. (93.8×40 + 104.5×25 + 100×10 + 75×10 + 75×10) / 95.
    const score = totalScore({
      salesRate: 93.8,
      collectionRate: 104.5,
      newCustomers: 2,
      retentionRate: 75,
      timelinessRate: 75,
      jointVisitScore: null,
    });
    expect(score).toBe(Math.round(((93.8 * 40 + 104.5 * 25 + 1000 + 750 + 750) / 95) * 10) / 10);
    expect(score).toBe(93.3);
  });

  it('caps an over-achieved KPI and scores nothing when nothing was measured', () => {
    const all = {
      salesRate: 300,
      collectionRate: null,
      newCustomers: null,
      retentionRate: null,
      timelinessRate: null,
      jointVisitScore: null,
    };
    expect(totalScore(all)).toBe(DEFAULT_SCORE_SETTINGS.maxPoints);
    expect(totalScore({ ...all, salesRate: null })).toBeNull();
  });

  it('ranks with shared places and the unscored last', () => {
    const people = [
      { name: '李明', score: 88 },
      { name: '王芳', score: 94.5 },
      { name: '张强', score: null },
      { name: '赵磊', score: 88 },
      { name: '陈静', score: 70 },
    ];
    expect(rank(people, (p) => p.score).map((r) => [r.item.name, r.rank])).toEqual([
      ['王芳', 1],
      ['李明', 2],
      ['赵磊', 2],
      ['陈静', 4],
      ['张强', null],
    ]);
  });

  it('defines every KPI in Chinese', () => {
    for (const text of Object.values(KPI_DEFINITIONS)) expect(text).toMatch(/^[\u4e00-\u9fff]+ = /);
  });
});
