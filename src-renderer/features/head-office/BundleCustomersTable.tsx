import { Alert, Badge, Group, Paper, Table, Text } from '@mantine/core';
import type { HqCustomersSummary } from '../../../src-shared/contract';

/**
 * The office's customer file in figures (by status and grade) and each owner's regular contact on
 * the month's last day; says plainly whether the contacts' phone numbers came with the bundle.
 */
export function BundleCustomersTable({ customers: c }: { customers: HqCustomersSummary }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="客户档案与定期联系">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>客户档案与定期联系{c.asOf && `(截至 ${c.asOf})`}</Text>
        <Text size="sm">共 {c.count} 个客户</Text>
      </Group>
      <Alert color={c.phonesIncluded ? 'orange' : 'gray'} variant="light" mb="sm" p="xs">
        {c.phonesIncluded
          ? '本数据包含联系人电话(办事处设置为报送电话)。电话属个人信息,请勿外传。'
          : '本数据包不含联系人电话(办事处未开启报送电话,电话属个人信息)。'}
      </Alert>
      <Group gap="xs" mb="sm">
        <Text size="sm" c="dimmed">
          按状态
        </Text>
        {c.byStatus.map((s) => (
          <Badge key={s.status} variant="light" color={s.status === '流失' ? 'gray' : 'blue'}>
            {s.status} {s.count}
          </Badge>
        ))}
        <Text size="sm" c="dimmed" ml="md">
          按等级
        </Text>
        {c.byGrade.map((g) => (
          <Badge key={g.grade} variant="outline" color="dark">
            {g.grade === '未分级' ? g.grade : `${g.grade}级`} {g.count}
          </Badge>
        ))}
      </Group>
      {c.contactStats.length === 0 ? (
        <Text size="sm" c="dimmed">
          没有联系统计。
        </Text>
      ) : (
        <Table aria-label="各负责人定期联系" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>负责人</Table.Th>
              <Table.Th ta="right">负责客户</Table.Th>
              <Table.Th ta="right">超期未联系</Table.Th>
              <Table.Th ta="right">即将到期</Table.Th>
              <Table.Th ta="right">本月联系次数</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.contactStats.map((s) => (
              <Table.Tr key={s.ownerId}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td ta="right">{s.customers}</Table.Td>
                <Table.Td ta="right" c={s.overdue ? 'red' : undefined} fw={s.overdue ? 600 : undefined}>
                  {s.overdue}
                </Table.Td>
                <Table.Td ta="right">{s.dueSoon}</Table.Td>
                <Table.Td ta="right">{s.contactsInMonth}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
