import type { ScoredKpiKey } from '../../../src-shared/domain/performance/kpi';

/** The KPIs as the screens name them, in the regulation's order, with the unit of each value. */
export const KPI_COLUMNS: { key: ScoredKpiKey; label: string; unit: string }[] = [
  { key: 'salesRate', label: '销售额达成率', unit: '%' },
  { key: 'collectionRate', label: '回款达成率', unit: '%' },
  { key: 'newCustomers', label: '新客户', unit: '家' },
  { key: 'retentionRate', label: '客户保留率', unit: '%' },
  { key: 'timelinessRate', label: '报表及时率', unit: '%' },
  { key: 'jointVisitScore', label: '协访评分', unit: '分' },
  { key: 'trainingHours', label: '培训学时', unit: '小时' },
];

/** A KPI value with its unit, or — when there is nothing to measure (or it was not measured then). */
export const showKpi = (v: number | null | undefined, unit = '') =>
  v === null || v === undefined ? '—' : `${v}${unit}`;
