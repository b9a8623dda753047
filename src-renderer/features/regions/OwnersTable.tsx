import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory, IconTransfer } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { OwnerCustomers } from '../../../src-shared/contract';
import { ROLE_LABELS } from '../../../src-shared/domain/roles';

const keyOf = (o: OwnerCustomers) => String(o.userId ?? 'none');

interface Props {
  owners: readonly OwnerCustomers[];
  canTransfer: boolean;
  /** Opens the transfer dialog with this owner's customers (null: the unassigned). */
  onTransfer: (from: number | null) => void;
  onHistory: (customer: { id: number; name: string }) => void;
}

/** Each rep's customers: how many, and the list on demand, with their transfer and ownership history. */
export function OwnersTable({ owners, canTransfer, onTransfer, onHistory }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const first = owners.find((o) => o.count > 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="region-owners">
      <Group justify="space-between">
        <Title order={4} id="region-owners">
          各营销代表负责的客户
        </Title>
        {canTransfer && (
          <Button
            variant="light"
            leftSection={<IconTransfer size={16} />}
            disabled={!first}
            onClick={() => first && onTransfer(first.userId)}
          >
            客户移交
          </Button>
        )}
      </Group>
      <Table withTableBorder aria-label="各营销代表负责的客户">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>负责人</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th ta="right">客户数</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {owners.map((o) => {
            const expanded = open === keyOf(o);
            return (
              <Fragment key={keyOf(o)}>
                <Table.Tr>
                  <Table.Td>
                    {o.count > 0 ? (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-expanded={expanded}
                        onClick={() => setOpen(expanded ? null : keyOf(o))}
                      >
                        {o.name}
                      </Button>
                    ) : (
                      // Nothing to list: the name alone, where the others have a button.
                      <Text size="sm" fw={600} px={10}>
                        {o.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {o.role ? ROLE_LABELS[o.role] : '—'}
                      {o.userId !== null && !o.active && <Badge color="gray">已离开</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{o.count}</Table.Td>
                  <Table.Td ta="right">
                    {canTransfer && o.count > 0 && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={`移交${o.name}的客户`}
                        onClick={() => onTransfer(o.userId)}
                      >
                        移交
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={4} bg="gray.0">
                      <CustomerList owner={o} onHistory={onHistory} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      {owners.length === 0 && <Text c="dimmed">还没有营销代表。请先在“人员”中添加。</Text>}
    </Stack>
  );
}

function CustomerList({ owner, onHistory }: { owner: OwnerCustomers; onHistory: Props['onHistory'] }) {
  return (
    <Table aria-label={`${owner.name}负责的客户`} withRowBorders={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>客户名称</Table.Th>
          <Table.Th>类型</Table.Th>
          <Table.Th>等级</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {owner.customers.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>{c.type}</Table.Td>
            <Table.Td>{c.grade}</Table.Td>
            <Table.Td ta="right">
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconHistory size={14} />}
                aria-label={`${c.name}的归属记录`}
                onClick={() => onHistory({ id: c.id, name: c.name })}
              >
                归属记录
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
