/**
 * The regulation's monthly KPIs (绩效评估), one pure function each, with its definition in Chinese
 * beside it as printed on the KPI page. Every rate is a percentage with one decimal, or null when
 * there is nothing to measure (no target, no customers, nothing due): null is shown as "—" and
 * left out of the total score, never counted as 0.
 */

/** A percentage with one decimal. */
function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}

export const KPI_DEFINITIONS = {
  salesRate: '销售额达成率 = 当月官方销售额 ÷ 当月销售目标 × 100%;无目标或目标为 0 时不计。',
  collectionRate: '回款达成率 = 当月官方回款额 ÷ 当月回款目标 × 100%;无目标或目标为 0 时不计。',
  newCustomers:
    '新客户获取 = 首次被拜访发生在当月、且这次首次拜访由本人以“开发新客户”为目的进行的客户数,' +
    '其中只计当月已有销售额,或当月另有一次已审核走访表中的跟进拜访的客户。',
  retentionRate:
    '客户保留率 = 上一期(上月)由本人负责、且有销售额或拜访记录的客户中,本期(当月)仍有销售额或拜访记录' +
    '(不论当月由谁负责)的客户所占比例;上一期没有这样的客户时不计。',
  timelinessRate:
    '报表及时率 = 当月应交的走访表、周计划与周报告、月工作总结、月工作计划中按时提交的份数 ÷ 应交份数 × 100%;' +
    '未交的按未按时计;当月没有应交报表时不计。',
  jointVisitScore: '协访评分 = 当月区域经理协访本人的协访表总分的平均值(满分 40);当月无协访时不计。',
  trainingHours:
    '培训学时 = 当月已举行、本人出席或迟到的培训场次的学时之和,与目标学时(满分值,默认每月 4 小时)相比计分;' +
    '当月没有录入本人出勤的培训时不计;默认权重为 0,不计入总分。',
} as const;
/**
 * The regulation's six KPIs, which every bundle and every period carries. Training hours came
 * later: optional wherever KPIs are stored or received, so older settings and bundles still read.
 */
export type KpiKey = Exclude<keyof typeof KPI_DEFINITIONS, 'trainingHours'>;
/** Every KPI the office computes and may weight, the six and training hours. */
export type ScoredKpiKey = keyof typeof KPI_DEFINITIONS;
/** The default monthly target of training hours: full marks. */
export const DEFAULT_TRAINING_HOURS_TARGET = 4;

/** 销售额达成率 / 回款达成率: actual ÷ target, in percent; null without a positive target. */
export function achievementRate(actual: number | null, target: number | null): number | null {
  if (target === null || !(target > 0)) return null;
  return percent(actual ?? 0, target);
}

/** One contact with a customer, as `customer_contacts` records it (an F01 row or an F02 visit). */
export interface CustomerContact {
  customerId: number;
  /** The rep who made the contact. */
  repId: number;
  /** YYYY-MM-DD */
  day: string;
  purpose: string;
  /** Whether the report the contact stands in has been approved. */
  approved: boolean;
}

/** The purpose of a visit that opens a new customer. */
export const NEW_CUSTOMER_PURPOSE = '开发新客户';

/**
 * 新客户获取 (see KPI_DEFINITIONS.newCustomers): the customers whose first-ever contact, by anyone,
 * falls in `month` (YYYY-MM), was made by `repId` with purpose 开发新客户, and that in the month
 * either had sales (`customersWithSales`) or a later contact in an approved report. The ids are
 * returned, so the figure drills down to them.
 */
export function newCustomers(
  repId: number,
  month: string,
  contacts: readonly CustomerContact[],
  customersWithSales: ReadonlySet<number>,
): number[] {
  const byCustomer = new Map<number, CustomerContact[]>();
  for (const c of contacts) {
    const list = byCustomer.get(c.customerId) ?? [];
    list.push(c);
    byCustomer.set(c.customerId, list);
  }
  const out: number[] = [];
  for (const [customerId, list] of byCustomer) {
    const sorted = [...list].sort((a, b) => a.day.localeCompare(b.day));
    const first = sorted[0]!;
    if (!first.day.startsWith(`${month}-`) || first.repId !== repId || first.purpose !== NEW_CUSTOMER_PURPOSE)
      continue;
    const followedUp = sorted.some((c) => c !== first && c.day.startsWith(`${month}-`) && c.approved);
    if (customersWithSales.has(customerId) || followedUp) out.push(customerId);
  }
  return out.sort((a, b) => a - b);
}

/**
 * 客户保留率 (see KPI_DEFINITIONS.retentionRate): of the customers active in the previous period,
 * the share active again in this one; null when none was active before. `previous` are the rep's
 * customers then (by the owner of that time), `current` the customers active now, whoever owns them
 * now, so a customer transferred to another rep is not counted as lost by the one who kept it active.
 */
export function retentionRate(previous: ReadonlySet<number>, current: ReadonlySet<number>): number | null {
  if (previous.size === 0) return null;
  let kept = 0;
  for (const c of previous) if (current.has(c)) kept++;
  return percent(kept, previous.size);
}

/** One report a person owed in the month: whether it was handed in by its due moment. */
export interface DueReport {
  formCode: string;
  periodKey: string;
  onTime: boolean;
}

/** The forms whose timeliness counts (走访表, 周计划与周报告, 月工作总结, 月工作计划). */
export const TIMELINESS_FORMS = ['F01', 'F03', 'F04', 'F05'] as const;

/** 报表及时率 (see KPI_DEFINITIONS.timelinessRate); null when nothing of those forms was due. */
export function timelinessRate(due: readonly DueReport[]): number | null {
  const counted = due.filter((d) => (TIMELINESS_FORMS as readonly string[]).includes(d.formCode));
  if (counted.length === 0) return null;
  return percent(counted.filter((d) => d.onTime).length, counted.length);
}

/** 协访评分 (see KPI_DEFINITIONS.jointVisitScore): the mean 总分 with one decimal; null without visits. */
export function jointVisitScore(totals: readonly number[]): number | null {
  if (totals.length === 0) return null;
  return Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
}

/** A month's KPIs of one person. */
export interface MonthKpis {
  salesRate: number | null;
  collectionRate: number | null;
  newCustomers: number | null;
  retentionRate: number | null;
  timelinessRate: number | null;
  jointVisitScore: number | null;
  /** Hours of training attended; absent where it was not computed (older months and bundles). */
  trainingHours?: number | null;
}

/** One number per KPI: the six required, training hours optional (0 weight, default target). */
export type KpiNumbers = Record<KpiKey, number> & { trainingHours?: number };

/** Weights of the total score, and the values at which a KPI scores full marks. */
export interface ScoreSettings {
  weights: KpiNumbers;
  /** The value that earns 100 points (rates in %, new customers in count, score out of 40, hours). */
  fullMarks: KpiNumbers;
  /** A KPI's points are capped here (e.g. 120 for an over-achieved target). */
  maxPoints: number;
}

export const DEFAULT_SCORE_SETTINGS: ScoreSettings = {
  weights: {
    salesRate: 40,
    collectionRate: 25,
    newCustomers: 10,
    retentionRate: 10,
    timelinessRate: 10,
    jointVisitScore: 5,
    trainingHours: 0,
  },
  fullMarks: {
    salesRate: 100,
    collectionRate: 100,
    newCustomers: 2,
    retentionRate: 100,
    timelinessRate: 100,
    jointVisitScore: 40,
    trainingHours: DEFAULT_TRAINING_HOURS_TARGET,
  },
  maxPoints: 120,
};

/**
 * The total score (0–maxPoints, one decimal): each KPI's points are its value ÷ its full-marks value
 * × 100, capped; the total is their weighted mean over the KPIs that have a value, so a month without
 * a target or a joint visit is scored on the rest. Null when no KPI has a value.
 */
export function totalScore(kpis: MonthKpis, settings: ScoreSettings = DEFAULT_SCORE_SETTINGS): number | null {
  let sum = 0;
  let weights = 0;
  for (const key of Object.keys(settings.weights) as ScoredKpiKey[]) {
    const value = kpis[key];
    // Settings stored before training hours existed have no weight for it: 0, as the default.
    const weight = settings.weights[key] ?? 0;
    if (value === null || value === undefined || !(weight > 0)) continue;
    const full = settings.fullMarks[key] ?? DEFAULT_SCORE_SETTINGS.fullMarks[key] ?? 0;
    const points = Math.min(settings.maxPoints, full > 0 ? (value / full) * 100 : 0);
    sum += points * weight;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 10) / 10;
}

/**
 * Ranks by score, highest first, as sports tables do: equal scores share a rank and the next rank
 * skips (1, 2, 2, 4); people without a score come last, unranked, in the order given.
 */
export function rank<T>(
  items: readonly T[],
  score: (item: T) => number | null,
): { item: T; rank: number | null }[] {
  const scored = items
    .map((item, i) => ({ item, i, s: score(item) }))
    .sort((a, b) => (a.s === null ? 1 : 0) - (b.s === null ? 1 : 0) || (b.s ?? 0) - (a.s ?? 0) || a.i - b.i);
  let lastScore: number | null = null;
  let lastRank = 0;
  return scored.map(({ item, s }, position) => {
    if (s === null) return { item, rank: null };
    if (s !== lastScore) {
      lastRank = position + 1;
      lastScore = s;
    }
    return { item, rank: lastRank };
  });
}
