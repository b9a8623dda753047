import { z } from 'zod';
import { PERIOD_KEY_PATTERNS } from '../domain/periods';
import { id } from './common';

const PERIODS = ['month', 'quarter', 'year'] as const;
export type RankingPeriod = (typeof PERIODS)[number];

/** The periods head office ranks over, and what each is called on screen. */
export const RANKING_PERIODS: Record<RankingPeriod, string> = { month: '月', quarter: '季', year: '年' };

const KEY_PATTERNS: Record<RankingPeriod, RegExp> = {
  month: PERIOD_KEY_PATTERNS.month,
  quarter: PERIOD_KEY_PATTERNS.quarter,
  year: /^[1-9]\d{3}$/,
};

const KEY_MESSAGES: Record<RankingPeriod, string> = {
  month: '月份格式应为 2026-11',
  quarter: '季度格式应为 2026-Q2',
  year: '年份格式应为 2026',
};

/** The months of a period key, January first: '2026-11' → one month, '2026-Q2' → three, '2026' → twelve. */
export function rankingMonths(period: RankingPeriod, key: string): string[] {
  const year = key.slice(0, 4);
  const from =
    period === 'month' ? Number(key.slice(5, 7)) : period === 'quarter' ? Number(key.slice(6)) * 3 - 2 : 1;
  const count = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
}

/** A period key in Chinese: 2026年11月, 2026年第2季度, 2026年. */
export function rankingLabel(period: RankingPeriod, key: string): string {
  const year = key.slice(0, 4);
  if (period === 'month') return `${year}年${Number(key.slice(5, 7))}月`;
  if (period === 'quarter') return `${year}年第${key.slice(6)}季度`;
  return `${year}年`;
}

export const rankingInput = z
  .object({
    period: z.enum(PERIODS, { error: '期间应为月、季或年' }),
    key: z.string({ error: '请选择期间' }).max(10, '期间格式不正确'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!KEY_PATTERNS[v.period].test(v.key))
      ctx.addIssue({ code: 'custom', path: ['key'], message: KEY_MESSAGES[v.period] });
  });

const GAPS = ['noBundle', 'noKpis'] as const;

/** Why a region's month does not count: no bundle yet, or one from a version that sent no KPIs. */
export const RANKING_GAPS: Record<(typeof GAPS)[number], string> = {
  noBundle: '未收到数据包',
  noKpis: '数据包不含绩效数据（旧版本）',
};

const value = z.number().nullable();

const rankingKpis = z.object({
  salesRate: value,
  collectionRate: value,
  newCustomers: value,
  retentionRate: value,
  timelinessRate: value,
  jointVisitScore: value,
});

const figures = {
  salesTarget: value,
  salesActual: value,
  collectionTarget: value,
  collectionActual: value,
};

/** A region (an office) over the period: its reps' figures added up, its average score and its rank. */
export const rankingRegion = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  /** By 销售额达成率, highest first; null without a sales target. */
  rank: z.number().int().nullable(),
  ...figures,
  salesRate: value,
  collectionRate: value,
  averageScore: value,
  reps: z.number().int(),
  /** The months whose KPIs count (the current bundle carried them). */
  months: z.array(z.string()),
  /** Past months of the period that do not count, and why. */
  missing: z.array(
    z.object({
      month: z.string(),
      reason: z.enum(GAPS),
    }),
  ),
});
export type RankingRegion = z.infer<typeof rankingRegion>;

/** A rep over the period, across all regions: KPIs from the months added up, score and rank. */
export const rankingRep = z.object({
  officeCode: z.string(),
  region: z.string(),
  userId: id,
  name: z.string(),
  rank: z.number().int().nullable(),
  score: value,
  kpis: rankingKpis,
  ...figures,
  /** How many months of the period the rep has KPIs for. */
  months: z.number().int(),
});
export type RankingRep = z.infer<typeof rankingRep>;

export const rankingOutput = z.object({
  period: z.enum(PERIODS),
  key: z.string(),
  label: z.string(),
  months: z.array(z.string()),
  regions: z.array(rankingRegion),
  reps: z.array(rankingRep),
});
export type Ranking = z.infer<typeof rankingOutput>;
