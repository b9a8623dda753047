import { targetsMethods } from '../../../../src-shared/contract/targets';
import { defineModule } from '../../module';
import * as m011 from './migrations/011-sales-targets';
import { targetsSection } from './target-section';
import { targetHandlers } from './target-handlers';

/** Annual sales and collection targets of the region and each rep, split into months, with their adjustments. */
export const targetsModule = defineModule({
  name: 'targets',
  methods: targetsMethods,
  handlers: targetHandlers,
  bundleSection: targetsSection,
  migrations: [{ version: 11, name: '011-sales-targets', up: m011.up }],
});

export { type MonthTarget, monthTargetsOf, repMonthTargets } from './month-targets';
