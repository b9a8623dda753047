/** Report statuses in the order of the regulation's review route. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'sent'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Chinese labels of report statuses. */
export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
  sent: '已报送',
};

/** Statuses in which the author may still edit the report. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ['draft', 'returned'];

/** What can happen to a report after it is first handed in; each is kept as a version. */
export const REPORT_ACTIONS = ['submit', 'return', 'approve', 'decide', 'send'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];
