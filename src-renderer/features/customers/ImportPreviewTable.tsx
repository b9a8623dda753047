import { Badge, Table } from '@mantine/core';
import type { CustomerImportPreview } from '../../../src-shared/contract';

/** The first rows of a customer sheet as they would be stored, each marked 新增 or 更新. */
export function ImportPreviewTable({ rows }: { rows: CustomerImportPreview['rows'] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder striped aria-label="导入预览">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>行</Table.Th>
            <Table.Th>操作</Table.Th>
            <Table.Th>编号</Table.Th>
            <Table.Th>名称</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>等级</Table.Th>
            <Table.Th>城市</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>负责人</Table.Th>
            <Table.Th>联系人</Table.Th>
            <Table.Th>电话</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>
                {r.action === 'new' ? (
                  <Badge variant="light" color="green">
                    新增
                  </Badge>
                ) : (
                  <Badge variant="light" color="blue">
                    更新
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{r.code || '自动编号'}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.type}</Table.Td>
              <Table.Td>{r.grade}</Table.Td>
              <Table.Td>{r.city}</Table.Td>
              <Table.Td>{r.status}</Table.Td>
              <Table.Td>{r.ownerName}</Table.Td>
              <Table.Td>{r.contact}</Table.Td>
              <Table.Td>{r.phone}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
