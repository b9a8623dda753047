import type { Handlers } from '../../handler-types';
import { reportBatchHandlers } from './report-batch-handlers';
import { prefillHandlers } from './prefill-handlers';
import { reportReadHandlers } from './report-read-handlers';
import { reportWriteHandlers } from './report-write-handlers';
import { reviewHandlers } from './review-handlers';

export const reportHandlers = {
  ...reportReadHandlers,
  ...reportWriteHandlers,
  ...reviewHandlers,
  ...reportBatchHandlers,
  ...prefillHandlers,
} satisfies Pick<
  Handlers,
  | 'reports.find'
  | 'reports.get'
  | 'reports.list'
  | 'reports.saveDraft'
  | 'reports.submit'
  | 'reports.return'
  | 'reports.approve'
  | 'reports.versions'
  | 'reports.newEventKey'
  | 'reports.submitWeek'
  | 'reports.approveMany'
  | 'reports.decide'
  | 'reports.prefill'
>;
