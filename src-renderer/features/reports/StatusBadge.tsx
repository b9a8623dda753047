import { Badge } from '@mantine/core';
import type { ReportStatus } from '../../../src-shared/domain/report-status';
import { STATUS_LABELS } from '../../../src-shared/domain/report-status';

const COLORS: Record<ReportStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'red',
  approved: 'green',
  sent: 'teal',
};

/** A report status in its colour. */
export function StatusBadge({ status }: { status: ReportStatus }) {
  return (
    <Badge variant="light" color={COLORS[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
