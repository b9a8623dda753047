import type { CustomerImportPreview } from '../../../src-shared/contract';
import { ACTION_COLUMN, type PreviewColumn, PreviewTable } from '../../app/import/PreviewTable';

type Row = CustomerImportPreview['rows'][number];

const COLUMNS: PreviewColumn<Row>[] = [
  ACTION_COLUMN,
  { label: '编号', cell: (r) => r.code || '自动编号' },
  { label: '名称', cell: (r) => r.name },
  { label: '类型', cell: (r) => r.type },
  { label: '等级', cell: (r) => r.grade },
  { label: '城市', cell: (r) => r.city },
  { label: '状态', cell: (r) => r.status },
  { label: '负责人', cell: (r) => r.ownerName },
  { label: '联系人', cell: (r) => r.contact },
  { label: '电话', cell: (r) => r.phone },
];

/** The first rows of a customer sheet as they would be stored, each marked 新增 or 更新. */
export function ImportPreviewTable({ rows }: { rows: CustomerImportPreview['rows'] }) {
  return <PreviewTable rows={rows} columns={COLUMNS} minWidth={900} />;
}
