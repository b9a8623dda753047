import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { HomeItem, OutputOf } from '../../../src-shared/contract';
import { BoardMatrix } from '../board';
import { presetRange } from '../board';
import { calendarForms, getForm } from '../../../src-shared/domain/forms';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { formatInstant, formatPeriodKey } from '../../app/format';
import { ContactAlertsCard } from './ContactAlertsCard';

const STATES: Record<HomeItem['state'], { label: string; color: string }> = {
  overdue: { label: '逾期', color: 'red' },
  due: { label: '待提交', color: 'yellow' },
  returned: { label: '已退回', color: 'orange' },
  toReview: { label: '待审核', color: 'blue' },
  reviewOverdue: { label: '审核超期', color: 'red' },
  undecided: { label: '待批复', color: 'grape' },
};

/** The form expected every working day (走访表), whose week the home page shows the team's progress on. */
const DAILY = calendarForms().find((c) => getForm(c).period === 'day');

/** What the signed-in person must do: forms due and overdue, returned forms, reviews waiting. */
export function HomePage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [items, setItems] = useState<HomeItem[] | null>(null);
  const [board, setBoard] = useState<OutputOf<'board.get'> | null>(null);
  useEffect(() => {
    api('home.summary', {}).then((s) => setItems(s.items), notifyError);
    if (user.role !== 'rep' && DAILY)
      api('board.get', { ...presetRange('week'), formCode: DAILY }).then(setBoard, notifyError);
  }, [user.role]);

  const order: HomeItem['state'][] = ['overdue', 'returned', 'due', 'reviewOverdue', 'undecided', 'toReview'];
  const sorted = [...(items ?? [])].sort(
    (a, b) => order.indexOf(a.state) - order.indexOf(b.state) || a.periodKey.localeCompare(b.periodKey),
  );
  const counts = order.map((s) => ({ s, n: sorted.filter((i) => i.state === s).length }));

  return (
    <Stack>
      <Title order={3}>{user.displayName},您好</Title>
      <Group>
        {counts.map(({ s, n }) => (
          <Paper key={s} withBorder p="sm" miw={120}>
            <Text size="xs" c="dimmed">
              {STATES[s].label}
            </Text>
            <Text fw={700} size="xl" c={n && s === 'overdue' ? 'red' : undefined}>
              {n}
            </Text>
          </Paper>
        ))}
      </Group>
      <ContactAlertsCard />
      {board && (
        <Paper withBorder p="sm">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>本周{getForm(DAILY!).title}</Text>
            <Anchor component="button" onClick={() => navigate('/board')}>
              打开报表看板
            </Anchor>
          </Group>
          <BoardMatrix board={board} formCode={DAILY!} meId={user.id} />
        </Paper>
      )}
      {items && sorted.length === 0 && <Text c="dimmed">没有待办事项,所有报表都已按时提交。</Text>}
      {sorted.length > 0 && (
        <Table highlightOnHover withTableBorder aria-label="待办报表">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>报表</Table.Th>
              <Table.Th>期间</Table.Th>
              <Table.Th>填表人</Table.Th>
              <Table.Th>截止时间</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((i) => (
              <Table.Tr
                key={`${i.state}-${i.formCode}-${i.authorId}-${i.periodKey}`}
                style={{ cursor: 'pointer' }}
                onClick={() =>
                  navigate(
                    `/reports/${i.formCode}/${i.authorId === user.id ? 'me' : i.authorId}/${i.periodKey}`,
                  )
                }
              >
                <Table.Td>{getForm(i.formCode).title}</Table.Td>
                <Table.Td>{formatPeriodKey(i.periodKey)}</Table.Td>
                <Table.Td>{i.authorName}</Table.Td>
                <Table.Td>{formatInstant(i.dueAt)}</Table.Td>
                <Table.Td>
                  <Badge color={STATES[i.state].color} variant="light">
                    {STATES[i.state].label}
                  </Badge>
                </Table.Td>
                <Table.Td>{i.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
