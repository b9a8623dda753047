import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ContactAlerts } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { daysLeftText } from '../customers';

const TOP = 5;

/**
 * 客户联系提醒 on the home page: a rep's overdue and due-soon counts with the most urgent names; the
 * manager's and clerk's overdue count per rep. Each leads to the full list.
 */
export function ContactAlertsCard() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [data, setData] = useState<ContactAlerts | null>(null);
  useEffect(() => {
    let live = true;
    // The card is a hint; a failure leaves it out rather than interrupting the home page.
    api('customers.contactAlerts', {}).then(
      (d) => live && setData(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!data) return null;

  const overdue = data.alerts.filter((a) => a.state === 'overdue').length;
  const dueSoon = data.alerts.length - overdue;
  const toList = (owner?: number) =>
    navigate(owner === undefined ? '/customers/reminders' : `/customers/reminders?owner=${owner}`);
  const rep = user.role === 'rep';
  const owners = [...data.byOwner]
    .filter((o) => o.overdue + o.dueSoon > 0)
    .sort((a, b) => b.overdue - a.overdue);

  return (
    <Paper withBorder p="sm" component="section" aria-label="客户联系提醒">
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Text fw={600}>客户联系提醒</Text>
          <Badge color="red" variant={overdue ? 'filled' : 'light'}>
            已逾期 {overdue}
          </Badge>
          <Badge color="yellow" variant={dueSoon ? 'filled' : 'light'} autoContrast>
            即将到期 {dueSoon}
          </Badge>
        </Group>
        <Anchor component="button" onClick={() => toList()}>
          查看全部
        </Anchor>
      </Group>
      {data.alerts.length === 0 && (
        <Text size="sm" c="dimmed">
          所有分级客户都在联系间隔之内。
        </Text>
      )}
      {rep && data.alerts.length > 0 && (
        <Stack gap={4}>
          {[...data.alerts]
            .sort((a, b) => a.daysLeft - b.daysLeft)
            .slice(0, TOP)
            .map((a) => (
              <Group key={a.customerId} gap="xs" wrap="nowrap">
                <Anchor
                  component="button"
                  size="sm"
                  fw={600}
                  c={a.state === 'overdue' ? 'red.8' : 'yellow.9'}
                  onClick={() => toList()}
                >
                  {a.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.grade}级 · {daysLeftText(a.daysLeft)}
                  {a.lastContact ? ` · 最近联系 ${a.lastContact}` : ' · 从未联系'}
                </Text>
              </Group>
            ))}
        </Stack>
      )}
      {!rep && owners.length > 0 && (
        <Table aria-label="各营销代表逾期客户" maw={420} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>负责人</Table.Th>
              <Table.Th ta="right">已逾期</Table.Th>
              <Table.Th ta="right">即将到期</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {owners.map((o) => (
              <Table.Tr key={o.ownerId}>
                <Table.Td>
                  <Anchor component="button" size="sm" onClick={() => toList(o.ownerId)}>
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" fw={700} c={o.overdue ? 'red' : undefined}>
                  {o.overdue}
                </Table.Td>
                <Table.Td ta="right">{o.dueSoon}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
