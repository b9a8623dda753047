import {
  achievementRate,
  DEFAULT_SCORE_SETTINGS,
  type MonthKpis,
  type ScoreSettings,
  totalScore,
} from './kpi';
import { toFen, toYuan } from './money';

/**
 * How a quarter's or a year's KPIs are made of its months (季度、年度绩效), in Chinese as head office
 * shows it. A period of one month gives exactly that month's KPIs and total score.
 */
export const PERIOD_KPI_DEFINITIONS = {
  salesRate: '销售额达成率 = 各月官方销售额之和 ÷ 各月销售目标之和 × 100%；只计有目标的月份。',
  collectionRate: '回款达成率 = 各月官方回款额之和 ÷ 各月回款目标之和 × 100%；只计有目标的月份。',
  newCustomers: '新客户获取 = 各月新客户数之和。',
  retentionRate: '客户保留率 = 各月仍有联系的客户数之和 ÷ 各月上月客户数之和 × 100%。',
  timelinessRate: '报表及时率 = 各月按时提交的份数之和 ÷ 各月应交份数之和 × 100%。',
  jointVisitScore: '协访评分 = 期间内全部协访表总分的平均值（按各月协访次数加权）。',
  score: '总分 = 与月度相同的加权公式；新客户的满分值按计入的月数累加（每月 2 家）。',
} as const;

/**
 * How a period's training hours are made of its months: a monthly mean, so the monthly target
 * stays its full marks whatever the period's length.
 */
export const PERIOD_TRAINING_HOURS_DEFINITION =
  '培训学时 = 期间内各月出席培训学时之和 ÷ 有培训出勤记录的月数(月均),与每月目标学时相比计分。';

/** The monthly mean of the months' training hours; absent when no month computed it. */
function meanTrainingHours(months: readonly KpiMonth[]): Pick<MonthKpis, 'trainingHours'> {
  if (!months.some((m) => m.kpis.trainingHours !== undefined)) return {};
  const hours = months.map((m) => m.kpis.trainingHours).filter((v): v is number => typeof v === 'number');
  if (hours.length === 0) return { trainingHours: null };
  return { trainingHours: Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 10) / 10 };
}

/** One month of a rep's KPIs with the figures and counts behind them, as the office computed it. */
export interface KpiMonth {
  kpis: MonthKpis;
  salesTarget: number | null;
  salesActual: number | null;
  collectionTarget: number | null;
  collectionActual: number | null;
  previousCustomers: number;
  keptCustomers: number;
  dueReports: number;
  onTimeReports: number;
  /** How many 协访表 the month's jointVisitScore is the mean of. */
  jointVisits: number;
}

/** A period's KPIs of one rep: the months counted, the six KPIs, the total score and the summed figures. */
export interface PeriodKpis {
  months: number;
  kpis: MonthKpis;
  score: number | null;
  salesTarget: number | null;
  salesActual: number | null;
  collectionTarget: number | null;
  collectionActual: number | null;
}

/** The score settings of a period of `months` months: a count's full marks add up month by month. */
export function periodScoreSettings(
  months: number,
  settings: ScoreSettings = DEFAULT_SCORE_SETTINGS,
): ScoreSettings {
  const n = Math.max(1, months);
  return {
    ...settings,
    fullMarks: { ...settings.fullMarks, newCustomers: settings.fullMarks.newCustomers * n },
  };
}

/** The sum of the amounts given (元, added in 分), or null when none is there. */
function sumYuan(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? toYuan(present.reduce((a, v) => a + toFen(v), 0)) : null;
}

/** Actual ÷ target over the months that have a positive target, as the month's rate is taken. */
function pooledRate(months: readonly KpiMonth[], target: 'salesTarget' | 'collectionTarget'): number | null {
  const actual = target === 'salesTarget' ? 'salesActual' : 'collectionActual';
  const counted = months.filter((m) => (m[target] ?? 0) > 0);
  if (counted.length === 0) return null;
  return achievementRate(sumYuan(counted.map((m) => m[actual] ?? 0)), sumYuan(counted.map((m) => m[target])));
}

/** part ÷ whole in percent with one decimal (the months' counts pooled); null when whole is 0. */
const pooled = (part: number, whole: number) => achievementRate(part, whole);

/** A quarter's or a year's KPIs of one rep: its months' figures and counts added up, scored by totalScore. */
export function periodKpis(
  months: readonly KpiMonth[],
  settings: ScoreSettings = DEFAULT_SCORE_SETTINGS,
): PeriodKpis {
  const sum = (pick: (m: KpiMonth) => number) => months.reduce((a, m) => a + pick(m), 0);
  const fresh = months.map((m) => m.kpis.newCustomers).filter((v): v is number => v !== null);
  const visited = months.filter((m) => m.kpis.jointVisitScore !== null && m.jointVisits > 0);
  const visits = visited.reduce((a, m) => a + m.jointVisits, 0);
  const kpis: MonthKpis = {
    salesRate: pooledRate(months, 'salesTarget'),
    collectionRate: pooledRate(months, 'collectionTarget'),
    newCustomers: fresh.length ? fresh.reduce((a, b) => a + b, 0) : null,
    retentionRate: pooled(
      sum((m) => m.keptCustomers),
      sum((m) => m.previousCustomers),
    ),
    timelinessRate: pooled(
      sum((m) => m.onTimeReports),
      sum((m) => m.dueReports),
    ),
    jointVisitScore:
      visits === 0
        ? null
        : Math.round(
            (visited.reduce((a, m) => a + m.kpis.jointVisitScore! * m.jointVisits, 0) / visits) * 10,
          ) / 10,
    ...meanTrainingHours(months),
  };
  return {
    months: months.length,
    kpis,
    score: totalScore(kpis, periodScoreSettings(months.length, settings)),
    salesTarget: sumYuan(months.map((m) => m.salesTarget)),
    salesActual: sumYuan(months.map((m) => m.salesActual)),
    collectionTarget: sumYuan(months.map((m) => m.collectionTarget)),
    collectionActual: sumYuan(months.map((m) => m.collectionActual)),
  };
}
