import { Badge, Table } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { Customer } from '../../../src-shared/contract';
import { STATUS_COLORS } from './customer-labels';

interface Props {
  rows: readonly Customer[];
  onOpen: (c: Customer) => void;
}

/** Moves the focus between the rows of a table with the arrow keys. */
export function moveRowFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const row = e.currentTarget;
  const next = (
    e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
  ) as HTMLElement | null;
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The customer file as rows; Enter or a click opens a customer, the arrow keys move between rows. */
export function CustomerTable({ rows, onOpen }: Props) {
  return (
    <Table striped highlightOnHover withTableBorder aria-label="客户列表">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>编号</Table.Th>
          <Table.Th>名称</Table.Th>
          <Table.Th>类型</Table.Th>
          <Table.Th>等级</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>城市</Table.Th>
          <Table.Th>负责人</Table.Th>
          <Table.Th>最近联系</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr
            key={c.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => onOpen(c)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onOpen(c);
              else moveRowFocus(e);
            }}
          >
            <Table.Td>{c.code}</Table.Td>
            <Table.Td fw={500}>{c.name}</Table.Td>
            <Table.Td>{c.type}</Table.Td>
            <Table.Td>{c.grade}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={STATUS_COLORS[c.status]}>
                {c.status}
              </Badge>
            </Table.Td>
            <Table.Td>{c.city}</Table.Td>
            <Table.Td>{c.ownerName ?? ''}</Table.Td>
            <Table.Td>{c.lastContact ?? '从未联系'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
