import { salesMethods } from '../../../../src-shared/contract/sales';
import { defineModule } from '../../module';
import * as m007 from './migrations/007-sales-figures';
import { salesHandlers } from './sales-handlers';
import { monthFigureRows } from './figure-repo';

/** Monthly sales and collections per person, target and actual, with their source. */
export const salesModule = defineModule({
  name: 'sales',
  methods: salesMethods,
  handlers: salesHandlers,
  migrations: [{ version: 7, name: '007-sales-figures', up: m007.up }],
  bundleSection: { name: 'sales', write: async ({ db, month }) => monthFigureRows(db, month) },
});

export { type MonthFigures, officialFigures, recordReportFigures } from './figure-repo';
export type { FigureSource } from './tables';
