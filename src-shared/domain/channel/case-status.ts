/** An F11 case's life: 登记 → 核实中 → 成立 / 不成立 → 已处理. */
export const CASE_STATUSES = ['registered', 'verifying', 'confirmed', 'rejected', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  registered: '登记',
  verifying: '核实中',
  confirmed: '成立',
  rejected: '不成立',
  closed: '已处理',
};

/** The moves a case may make; anything else is refused, so the log reads as the regulation's steps. */
const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  registered: ['verifying'],
  verifying: ['confirmed', 'rejected'],
  confirmed: ['closed'],
  rejected: ['closed'],
  closed: [],
};

/** Whether a case may move from one status to another. */
export function mayMove(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses a case may move to next. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

/** Facts of the case (地点, 数量, 售价…) may be corrected only before the manager's decision. */
export function isEditable(status: CaseStatus): boolean {
  return status === 'registered' || status === 'verifying';
}

/** What a dealer may be sanctioned with (第2篇 第4条). */
export const SANCTION_KINDS = ['stop_shipment', 'terminate_agreement', 'revoke_distribution'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];
export const SANCTION_LABELS: Record<SanctionKind, string> = {
  stop_shipment: '停止发货',
  terminate_agreement: '终止协议',
  revoke_distribution: '取消经销资格',
};
