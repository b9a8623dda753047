import { JOINT_VISIT_SCORES } from '../forms/f02-joint-visit';

/** 待确认 → 进行中 → 已完成 / 已放弃: a development plan item's states. */
export const DEVELOPMENT_STATUSES = ['proposed', 'open', 'done', 'dropped'] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

/** The Chinese names of an item's states, as the screens show them. */
export const DEVELOPMENT_STATUS_LABELS: Record<DevelopmentStatus, string> = {
  proposed: '待确认',
  open: '进行中',
  done: '已完成',
  dropped: '已放弃',
};

/** The states of an item still being worked on (at most one per person and F02 dimension). */
export const ACTIVE_DEVELOPMENT_STATUSES = ['proposed', 'open'] as const;

/** An F02 score at or below this proposes a development item for the dimension. */
export const PROPOSE_AT_MOST = 2;
/** A later F02 score at or above this closes the dimension's item by itself. */
export const CLOSE_AT_LEAST = 3;

/**
 * The training category suggested for each F02 score dimension: product knowledge is trained as
 * 产品知识, paperwork as 制度与合规, everything done in front of the customer as 销售技巧.
 */
export const DIMENSION_CATEGORIES: Readonly<Record<string, string>> = {
  scorePreparation: '销售技巧',
  scoreOpening: '销售技巧',
  scoreProduct: '产品知识',
  scoreNeeds: '销售技巧',
  scoreObjections: '销售技巧',
  scoreClosing: '销售技巧',
  scoreRelationship: '销售技巧',
  scoreReporting: '制度与合规',
};

/** One F02 score dimension: its field key, its label (the item's skill) and suggested category. */
export interface DevelopmentDimension {
  key: string;
  label: string;
  category: string;
}

/** The F02's eight score dimensions, in the form's order. */
export const DEVELOPMENT_DIMENSIONS: readonly DevelopmentDimension[] = JOINT_VISIT_SCORES.map((f) => ({
  key: f.key,
  label: f.label,
  category: DIMENSION_CATEGORIES[f.key] ?? '其他',
}));

/** The label of an F02 dimension key (e.g. scoreProduct → 产品知识); the key itself if unknown. */
export function dimensionLabel(key: string): string {
  return DEVELOPMENT_DIMENSIONS.find((d) => d.key === key)?.label ?? key;
}

/** What an approved F02's scores mean for the coached rep's plan: dimensions to propose and to close. */
export function scoreOutcomes(data: Record<string, unknown>): {
  propose: DevelopmentDimension[];
  close: { dimension: DevelopmentDimension; score: number }[];
} {
  const propose: DevelopmentDimension[] = [];
  const close: { dimension: DevelopmentDimension; score: number }[] = [];
  for (const d of DEVELOPMENT_DIMENSIONS) {
    const score = data[d.key];
    if (typeof score !== 'number' || !Number.isFinite(score)) continue;
    if (score <= PROPOSE_AT_MOST) propose.push(d);
    else if (score >= CLOSE_AT_LEAST) close.push({ dimension: d, score });
  }
  return { propose, close };
}

/** The goal and action a proposal starts with; the manager rewrites them when accepting it. */
export function proposalText(d: DevelopmentDimension, score: number): { goal: string; action: string } {
  return {
    goal: `协访评分“${d.label}”由 ${score} 分提高到 ${CLOSE_AT_LEAST} 分及以上`,
    action: `参加“${d.category}”类培训,下次协访重点辅导“${d.label}”`,
  };
}

/** The note an item closed by a later F02 carries. */
export function autoCloseNote(d: DevelopmentDimension, score: number, periodKey: string): string {
  return `${periodKey} 协访表“${d.label}”评分 ${score} 分,已达到 ${CLOSE_AT_LEAST} 分,自动关闭。`;
}

/** A quarter's training and coaching figures of a person or a team, for the 述职报告. */
export interface CoachingFigures {
  sessions: number;
  hours: number;
  /** Attendance rate in percent (one decimal); null when no attendance was entered. */
  attendanceRate: number | null;
  jointVisits: number;
  /** Development items the quarter's F02 scores proposed. */
  found: number;
  /** Development items of F02 dimensions completed in the quarter. */
  improved: number;
}

/** The sentence the F09's 团队管理与协访情况 starts with. */
export function coachingText(f: CoachingFigures): string {
  const rate = f.attendanceRate === null ? '—' : `${f.attendanceRate}%`;
  return (
    `本季度组织培训 ${f.sessions} 场,共 ${f.hours} 小时,出席率 ${rate};` +
    `协访 ${f.jointVisits} 次(F02),发现待提升项 ${f.found} 项,已改进 ${f.improved} 项。`
  );
}
