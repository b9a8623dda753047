import { Text } from '@mantine/core';
import type { InputOf } from '../../../src-shared/contract';
import {
  AGREEMENT_STATUS_LABELS,
  DEALER_FIELD_LABELS,
  type DealerImportPreview,
  PRODUCT_FIELD_LABELS,
  type ProductImportPreview,
  SHIPMENT_FIELD_LABELS,
  type ShipmentImportPreview,
} from '../../../src-shared/contract/reference';
import { api } from '../../api/client';
import type { PreviewColumn } from '../../app/import/PreviewTable';
import type { SheetMapping } from '../../app/import/use-sheet-check';
import { fenLabel, REF_PATHS } from './reference-format';

export const IMPORT_KINDS = ['shipments', 'products', 'dealers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type AnyPreview = ProductImportPreview | DealerImportPreview | ShipmentImportPreview;
export type Mapping = SheetMapping;

/** What the wizard needs to know of one kind of sheet. */
export interface KindConfig<P extends AnyPreview> {
  /** The list's name, e.g. 发货明细. */
  noun: string;
  /** What one row is, e.g. 行发货明细 in “导入 12 行发货明细”. */
  unit: string;
  intro: string;
  back: { to: string; label: string };
  labels: Record<string, string>;
  /** Fields the sheet must have a column for (the others may be left out). */
  required: readonly string[];
  preview: (uploadId: string, mapping?: Mapping) => Promise<P>;
  run: (uploadId: string, mapping?: Mapping) => Promise<P>;
  /** The preview's columns after 行 and 操作. */
  columns: PreviewColumn<P['rows'][number]>[];
}

export const KIND_LABELS: Record<ImportKind, string> = {
  shipments: '发货明细',
  products: '产品目录',
  dealers: '经销商名录',
};

const mapped = <
  M extends 'reference.previewProducts' | 'reference.previewDealers' | 'reference.previewShipments',
>(
  mapping: Mapping | undefined,
) => (mapping ? { mapping: mapping as NonNullable<InputOf<M>['mapping']> } : {});

export const PRODUCT_KIND: KindConfig<ProductImportPreview> = {
  noun: '产品目录',
  unit: '个产品',
  intro: '第一行为列名,每行一个产品。至少需要“产品编码”和“产品名称”列;编码已在目录中的产品按表格内容更新。',
  back: { to: REF_PATHS.products, label: '返回产品目录' },
  labels: PRODUCT_FIELD_LABELS,
  required: ['code', 'name'],
  preview: (uploadId, m) =>
    api('reference.previewProducts', { uploadId, ...mapped<'reference.previewProducts'>(m) }),
  run: (uploadId, m) =>
    api('reference.importProducts', { uploadId, ...mapped<'reference.previewProducts'>(m) }),
  columns: [
    { label: '产品编码', cell: (r) => r.code },
    { label: '产品名称', cell: (r) => r.name },
    { label: '规格', cell: (r) => r.spec },
    { label: '单位', cell: (r) => r.unit },
  ],
};

export const DEALER_KIND: KindConfig<DealerImportPreview> = {
  noun: '经销商名录',
  unit: '个经销商',
  intro:
    '第一行为列名,每行一个经销商。至少需要“经销商编码”“经销商名称”“区域编码”列;协议状态写 正常、暂停 或 已终止,辐射经营写 是 或 否。',
  back: { to: REF_PATHS.dealers, label: '返回经销商名录' },
  labels: DEALER_FIELD_LABELS,
  required: ['code', 'name', 'regionCode'],
  preview: (uploadId, m) =>
    api('reference.previewDealers', { uploadId, ...mapped<'reference.previewDealers'>(m) }),
  run: (uploadId, m) =>
    api('reference.importDealers', { uploadId, ...mapped<'reference.previewDealers'>(m) }),
  columns: [
    { label: '编码', cell: (r) => r.code },
    { label: '名称', cell: (r) => r.name },
    { label: '区域', cell: (r) => r.regionCode },
    { label: '协议编号', cell: (r) => r.agreementNo },
    { label: '协议状态', cell: (r) => AGREEMENT_STATUS_LABELS[r.agreementStatus] },
    { label: '辐射经营', cell: (r) => (r.radiates ? '是' : '否') },
    {
      label: '停止发货',
      cell: (r) =>
        r.shipmentStop ? (
          <Text span size="sm" c="red">
            自 {r.shipmentStop.from}:{r.shipmentStop.reason}
          </Text>
        ) : (
          ''
        ),
    },
  ],
};

export const SHIPMENT_KIND: KindConfig<ShipmentImportPreview> = {
  noun: '发货明细',
  unit: '行发货明细',
  intro:
    '第一行为列名,每行一条发货明细(发货单号、发货日期、经销商编码、产品编码、批号、起止箱码、数量、单价)。经销商和产品须已在名录中;区域编码留空时按经销商所在区域。',
  back: { to: REF_PATHS.shipments, label: '返回发货明细' },
  labels: SHIPMENT_FIELD_LABELS,
  required: [
    'docNo',
    'shipDate',
    'dealerCode',
    'productCode',
    'batchNo',
    'cartonFrom',
    'cartonTo',
    'quantity',
    'unitPrice',
  ],
  preview: (uploadId, m) =>
    api('reference.previewShipments', { uploadId, ...mapped<'reference.previewShipments'>(m) }),
  run: (uploadId, m) =>
    api('reference.importShipments', { uploadId, ...mapped<'reference.previewShipments'>(m) }),
  columns: [
    { label: '发货单号', cell: (r) => r.docNo },
    { label: '行号', cell: (r) => r.lineNo },
    { label: '发货日期', cell: (r) => r.shipDate },
    { label: '经销商', cell: (r) => r.dealerCode },
    { label: '区域', cell: (r) => r.regionCode },
    { label: '产品', cell: (r) => r.productCode },
    { label: '批号', cell: (r) => r.batchNo },
    { label: '箱码', cell: (r) => `${r.cartonFrom}–${r.cartonTo}` },
    { label: '数量', cell: (r) => r.quantity, right: true },
    { label: '单价(元)', cell: (r) => fenLabel(r.unitPriceFen), right: true },
  ],
};
