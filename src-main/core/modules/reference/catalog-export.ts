import { loadExcel } from '../../platform/xlsx-sheet';
import {
  AGREEMENT_STATUS_LABELS,
  DEALER_FIELD_LABELS,
  PRODUCT_FIELD_LABELS,
} from '../../../../src-shared/contract/reference';
import type { Db } from '../../db/database';
import { sheet } from '../../platform/xlsx-sheet';
import { listDealers } from './dealer-repo';
import { listProducts } from './product-repo';

const columns = (labels: Record<string, string>, widths: number[]) =>
  Object.values(labels).map((header, i) => ({ header, width: widths[i] ?? 14 }));

/**
 * 产品目录 or 经销商名录 as a workbook whose headers are the import's column names, so head office
 * can edit the list in Excel and import it back.
 */
export async function catalogWorkbook(db: Db, list: 'products' | 'dealers') {
  const wb = new (await loadExcel()).Workbook();
  if (list === 'products') {
    sheet(
      wb,
      '产品目录',
      columns(PRODUCT_FIELD_LABELS, [14, 28, 18, 8]),
      (await listProducts(db)).map((p) => [p.code, p.name, p.spec, p.unit]),
    );
  } else {
    sheet(
      wb,
      '经销商名录',
      columns(DEALER_FIELD_LABELS, [14, 28, 10, 16, 10, 10, 14, 30]),
      (await listDealers(db, {})).map((d) => [
        d.code,
        d.name,
        d.regionCode,
        d.agreementNo,
        AGREEMENT_STATUS_LABELS[d.agreementStatus],
        d.radiates ? '是' : '否',
        d.shipmentStop?.from ?? '',
        d.shipmentStop?.reason ?? '',
      ]),
    );
  }
  return {
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: list === 'products' ? '产品目录.xlsx' : '经销商名录.xlsx',
  };
}
