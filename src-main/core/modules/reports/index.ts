import { reportMethods } from '../../../../src-shared/contract/reports';
import { defineModule } from '../../module';
import { prefillHandlers } from './prefill-handlers';
import { reportBatchHandlers } from './report-batch-handlers';
import { reportReadHandlers } from './report-read-handlers';
import { reportWriteHandlers } from './report-write-handlers';
import { reviewHandlers } from './review-handlers';

/** The regulation's reports F01–F09: entry, submission, review, versions, pre-filled figures. */
export const reportsModule = defineModule({
  name: 'reports',
  methods: reportMethods,
  handlers: {
    ...reportReadHandlers,
    ...reportWriteHandlers,
    ...reviewHandlers,
    ...reportBatchHandlers,
    ...prefillHandlers,
  },
});

export { type Expectant, monthGaps } from './month-gaps';
export {
  isIncluded,
  type MonthRow,
  monthQuery,
  monthReports,
  type MonthScope,
  monthScope,
} from './month-scope';
export { assertReadable, canRead } from './report-access';
export { dueFor, labelOfPeriod } from './report-period';
export { loadReport, recordVersion, reportQuery, type ReportRow, toSummary } from './report-repo';
export type { Report } from './tables';
