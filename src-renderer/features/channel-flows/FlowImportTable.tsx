import { Table } from '@mantine/core';
import type { FlowImportPreview } from '../../../src-shared/contract/channel-flow-import';

/** The first lines of a dealer's flow sheet as they would be stored, by their Excel row. */
export function FlowImportTable({ rows }: { rows: FlowImportPreview['rows'] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder striped aria-label="导入预览">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>行</Table.Th>
            <Table.Th>销售日期</Table.Th>
            <Table.Th>产品编码</Table.Th>
            <Table.Th>批号</Table.Th>
            <Table.Th ta="right">数量</Table.Th>
            <Table.Th>购货单位</Table.Th>
            <Table.Th>所在区域</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>{r.saleDate}</Table.Td>
              <Table.Td>{r.productCode}</Table.Td>
              <Table.Td>{r.batchNo}</Table.Td>
              <Table.Td ta="right">{r.quantity}</Table.Td>
              <Table.Td>{r.buyerName}</Table.Td>
              <Table.Td>{r.buyerRegion}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
