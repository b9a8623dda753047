import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { ItemsTable } from './ItemsTable';
import type { DevelopmentOverview } from './use-development';

const count = (n: number, color: string) =>
  n === 0 ? (
    <Text size="sm" c="dimmed">
      0
    </Text>
  ) : (
    <Badge variant="light" color={color}>
      {n}
    </Badge>
  );

/** Each rep's proposals, open and overdue items; a row opens to the items still being worked on. */
export function OverviewTable({ rows }: { rows: DevelopmentOverview }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Table withTableBorder highlightOnHover aria-label="各营销代表发展计划">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>营销代表</Table.Th>
          <Table.Th ta="center">待确认建议</Table.Th>
          <Table.Th ta="center">进行中</Table.Th>
          <Table.Th ta="center">逾期</Table.Th>
          <Table.Th>计划</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const expanded = open === r.userId;
          const active = r.items.filter((i) => i.status === 'proposed' || i.status === 'open');
          return (
            <Fragment key={r.userId}>
              <Table.Tr>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => setOpen(expanded ? null : r.userId)}
                    aria-expanded={expanded}
                    aria-label={`${r.name} 展开项目`}
                    style={{ display: 'flex', alignItems: 'center', gap: 6 }}
                  >
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    <Text size="sm" fw={600}>
                      {r.name}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td ta="center">{count(r.proposed, 'orange')}</Table.Td>
                <Table.Td ta="center">{count(r.open, 'blue')}</Table.Td>
                <Table.Td ta="center">{count(r.overdue, 'red')}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/development/${r.userId}`} size="sm">
                    查看{r.name}的计划
                  </Anchor>
                </Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr>
                  <Table.Td colSpan={5} bg="var(--mantine-color-gray-0)">
                    <ItemsTable items={active} label={`${r.name}的待办项目`} compact />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
