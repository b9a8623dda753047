import type { FlowImportPreview } from '../../../src-shared/contract/channel-flow-import';
import { type PreviewColumn, PreviewTable } from '../../app/import/PreviewTable';

const COLUMNS: PreviewColumn<FlowImportPreview['rows'][number]>[] = [
  { label: '销售日期', cell: (r) => r.saleDate },
  { label: '产品编码', cell: (r) => r.productCode },
  { label: '批号', cell: (r) => r.batchNo },
  { label: '数量', cell: (r) => r.quantity, right: true },
  { label: '购货单位', cell: (r) => r.buyerName },
  { label: '所在区域', cell: (r) => r.buyerRegion },
];

/** The first lines of a dealer's flow sheet as they would be stored, by their Excel row. */
export function FlowImportTable({ rows }: { rows: FlowImportPreview['rows'] }) {
  return <PreviewTable rows={rows} columns={COLUMNS} minWidth={800} />;
}
