import { Anchor, Table } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ContactAlert } from '../../../src-shared/contract';
import { moveRowFocus } from './CustomerTable';
import { DueBadge } from './DueBadge';

/** 客户联系提醒 as rows, most overdue first: overdue rows red, due-soon rows yellow. */
export function AlertsTable({ alerts, showOwner }: { alerts: readonly ContactAlert[]; showOwner: boolean }) {
  const navigate = useNavigate();
  const sorted = [...alerts].sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name, 'zh-CN'));
  const open = (a: ContactAlert) => navigate(`/customers/${a.customerId}`);
  return (
    <Table withTableBorder highlightOnHover aria-label="待联系客户">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>客户</Table.Th>
          <Table.Th>等级</Table.Th>
          {showOwner && <Table.Th>负责人</Table.Th>}
          <Table.Th>最近联系</Table.Th>
          <Table.Th>下次计划拜访</Table.Th>
          <Table.Th>应联系日</Table.Th>
          <Table.Th>状态</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((a) => (
          <Table.Tr
            key={a.customerId}
            bg={a.state === 'overdue' ? 'red.0' : 'yellow.0'}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => open(a)}
            onKeyDown={(e) => (e.key === 'Enter' ? open(a) : moveRowFocus(e))}
          >
            <Table.Td>
              <Anchor component="span" size="sm" fw={500}>
                {a.name}
              </Anchor>{' '}
              <span style={{ color: 'var(--mantine-color-dimmed)', fontSize: 12 }}>{a.code}</span>
            </Table.Td>
            <Table.Td>{a.grade}</Table.Td>
            {showOwner && <Table.Td>{a.ownerName}</Table.Td>}
            <Table.Td>{a.lastContact ?? '从未联系'}</Table.Td>
            <Table.Td>{a.nextVisit ?? '未计划'}</Table.Td>
            <Table.Td>{a.dueDay}</Table.Td>
            <Table.Td>
              <DueBadge state={a.state} daysLeft={a.daysLeft} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
