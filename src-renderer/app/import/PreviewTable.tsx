import { Badge, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column of the preview after 行: its heading and what a row shows in it. */
export interface PreviewColumn<R> {
  label: string;
  cell: (row: R) => ReactNode;
  right?: boolean;
}

/** The first rows of a sheet as they would be stored, each by its Excel row. */
export function PreviewTable<R extends { row: number }>({
  rows,
  columns,
  minWidth,
}: {
  rows: readonly R[];
  columns: readonly PreviewColumn<R>[];
  minWidth: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table withTableBorder striped aria-label="导入预览">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>行</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.label} ta={c.right ? 'right' : undefined}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              {columns.map((c) => (
                <Table.Td key={c.label} ta={c.right ? 'right' : undefined}>
                  {c.cell(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const ACTIONS = {
  new: { label: '新增', color: 'green' },
  update: { label: '更新', color: 'blue' },
  same: { label: '不变', color: 'gray' },
} as const;

/** A row's 新增 / 更新 / 不变. */
export function ActionBadge({ action }: { action: keyof typeof ACTIONS }) {
  const a = ACTIONS[action];
  return (
    <Badge variant="light" color={a.color}>
      {a.label}
    </Badge>
  );
}

/** The 操作 column: what importing does with the row. */
export const ACTION_COLUMN: PreviewColumn<{ action: keyof typeof ACTIONS }> = {
  label: '操作',
  cell: (r) => <ActionBadge action={r.action} />,
};
