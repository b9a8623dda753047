import { referenceMethods } from '../../../../src-shared/contract/reference';
import { defineModule } from '../../module';
import * as m018 from './migrations/018-reference-data';
import { referenceHandlers } from './reference-handlers';

/** 参考数据: head office's products, price list, dealers and shipments, and the 批号 lookup over them. */
export const referenceModule = defineModule({
  name: 'reference',
  methods: referenceMethods,
  handlers: referenceHandlers,
  migrations: [{ version: 18, name: '018-reference-data', up: m018.up }],
});

export { priceOn } from './price-repo';
export type { RefDealerRow, RefPriceRow, RefProductRow, RefShipmentRow } from './tables';
