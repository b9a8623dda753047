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

export { listDealers, loadDealer, saveDealer, toDealer, writeDealer } from './dealer-repo';
export { lookupCode } from './lookup';
export { listPrices, priceOn, savePrice } from './price-repo';
export { listProducts, loadProduct, saveProduct, writeProduct } from './product-repo';
export { writeShipments } from './shipment-import';
// The Excel reader (mapping, preview, row problems) other modules' imports share.
export { readSheet, type Cell, type ReadSheet, type SheetProblem, type SheetSpec } from './sheet-reader';
export { currentSeq, nextSeq } from './state-repo';
export type {
  DealerAgreementStatus,
  RefDealerRow,
  RefPriceRow,
  RefProductRow,
  RefShipmentRow,
  RefStateTable,
} from './tables';
