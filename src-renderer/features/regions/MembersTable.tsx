import { Badge, Stack, Table, Title } from '@mantine/core';
import type { OutputOf } from '../../../src-shared/contract';
import { ROLE_LABELS } from '../../../src-shared/domain/roles';
import { formatPeriodKey } from '../../app/format';

type Membership = OutputOf<'regions.current'>['memberships'][number];

/** Whether a membership lasts, ended into another one of the same person, or ended with their leaving. */
function statusOf(m: Membership, all: readonly Membership[]) {
  if (m.toDay === null) return <Badge color="green">在职</Badge>;
  if (all.some((o) => o.userId === m.userId && o.toDay === null)) {
    return (
      <Badge color="blue" variant="light">
        已变更
      </Badge>
    );
  }
  return <Badge color="gray">已离开</Badge>;
}

/**
 * Who belonged to the region in which role, from which office day to which: the people at work
 * first, then those who left, each oldest first.
 */
export function MembersTable({ memberships }: { memberships: readonly Membership[] }) {
  const rows = [...memberships].sort(
    (a, b) => Number(a.toDay !== null) - Number(b.toDay !== null) || a.fromDay.localeCompare(b.fromDay),
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="region-members">
      <Title order={4} id="region-members">
        人员与任职
      </Title>
      <Table withTableBorder striped aria-label="人员与任职记录">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th>起</Table.Th>
            <Table.Th>止</Table.Th>
            <Table.Th>状态</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={`${m.userId}-${m.role}-${m.fromDay}`}>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td>{ROLE_LABELS[m.role]}</Table.Td>
              <Table.Td>{formatPeriodKey(m.fromDay)}</Table.Td>
              <Table.Td>{m.toDay === null ? '至今' : formatPeriodKey(m.toDay)}</Table.Td>
              <Table.Td>{statusOf(m, memberships)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
