import { Table, Text } from '@mantine/core';
import type { ContactAlerts } from '../../../src-shared/contract';
import { moveRowFocus } from './CustomerTable';

interface Props {
  byOwner: ContactAlerts['byOwner'];
  selected: number | null;
  onSelect: (ownerId: number | null) => void;
}

/** Each rep's overdue and due-soon counts (the manager's view); a row shows only that rep's customers. */
export function OwnerSummary({ byOwner, selected, onSelect }: Props) {
  const rows = [...byOwner].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon);
  return (
    <Table withTableBorder highlightOnHover aria-label="各营销代表待联系客户" maw={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>负责人</Table.Th>
          <Table.Th ta="right">已逾期</Table.Th>
          <Table.Th ta="right">即将到期</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((o) => {
          const toggle = () => onSelect(selected === o.ownerId ? null : o.ownerId);
          return (
            <Table.Tr
              key={o.ownerId}
              tabIndex={0}
              aria-selected={selected === o.ownerId}
              bg={selected === o.ownerId ? 'blue.0' : undefined}
              style={{ cursor: 'pointer' }}
              onClick={toggle}
              onKeyDown={(e) => (e.key === 'Enter' ? toggle() : moveRowFocus(e))}
            >
              <Table.Td>{o.name}</Table.Td>
              <Table.Td ta="right">
                <Text span size="sm" fw={700} c={o.overdue ? 'red' : undefined}>
                  {o.overdue}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text span size="sm" fw={o.dueSoon ? 700 : undefined} c={o.dueSoon ? 'yellow.9' : undefined}>
                  {o.dueSoon}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
