import { reportMethods } from '../../../../src-shared/contract/reports';
import { defineModule } from '../../module';
import * as m008 from './migrations/008-report-columns';
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
  migrations: [{ version: 8, name: '008-report-columns', up: m008.up }],
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
export {
  dataOf,
  loadReport,
  recordOf,
  recordVersion,
  reportQuery,
  type ReportRow,
  toSummary,
} from './report-repo';
export { versionEntriesOf } from './version-entries';
export type { Report } from './tables';
