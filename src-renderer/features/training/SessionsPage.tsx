import {
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCalendarPlus, IconChartBar, IconSettings } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SessionSummary } from '../../../src-shared/contract/training';
import { parsePeriod, periodOfDay } from '../../../src-shared/domain/periods';
import {
  SESSION_STATUS_LABELS,
  SESSION_STATUSES,
  type SessionStatus,
} from '../../../src-shared/domain/training/sessions';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { officeToday } from '../../app/format';
import { useSession } from '../../app/session';
import { SessionFormModal } from './SessionFormModal';
import { TRAINING_PATHS } from './training-paths';
import { hoursText, quarterOptions, SESSION_STATUS_COLORS } from './training-labels';
import { useTrainingSettings } from './use-training-settings';

type StatusFilter = SessionStatus | 'all';
const STATUS_FILTERS = [
  { value: 'all', label: '全部' },
  ...SESSION_STATUSES.map((s) => ({ value: s, label: SESSION_STATUS_LABELS[s] })),
];
const CUSTOM = 'custom';

/** 培训: the office's sessions by day, newest first, filtered by quarter (or days), category and state. */
export function SessionsPage() {
  const navigate = useNavigate();
  const { user } = useSession();
  const today = officeToday();
  const settings = useTrainingSettings();
  const [quarter, setQuarter] = useState<string>(periodOfDay('quarter', today));
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [scheduling, setScheduling] = useState(false);

  const range = quarter === CUSTOM ? null : parsePeriod('quarter', quarter);
  const fromDay = range ? range.first : from;
  const toDay = range ? range.last : to;
  useEffect(() => {
    let live = true;
    api('training.sessions', {
      ...(fromDay ? { from: fromDay } : {}),
      ...(toDay ? { to: toDay } : {}),
      ...(category ? { category } : {}),
      ...(status === 'all' ? {} : { status }),
    }).then(
      (s) => live && setSessions(s),
      (err: unknown) => {
        if (!live) return;
        setSessions([]);
        notifyError(err, '培训列表未能打开');
      },
    );
    return () => {
      live = false;
    };
  }, [fromDay, toDay, category, status]);

  const open = (s: SessionSummary) => navigate(TRAINING_PATHS.session(s.id));
  const manager = user.role === 'manager';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>培训</Title>
        <Group gap="xs">
          <Button
            component={Link}
            to={TRAINING_PATHS.figures}
            variant="default"
            leftSection={<IconChartBar size={16} />}
          >
            培训统计
          </Button>
          {manager && (
            <Button
              component={Link}
              to={TRAINING_PATHS.settings}
              variant="default"
              leftSection={<IconSettings size={16} />}
            >
              培训设置
            </Button>
          )}
          {manager && (
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setScheduling(true)}>
              安排培训
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" role="search" aria-label="筛选培训">
        <Select
          label="季度"
          w={170}
          data={[...quarterOptions(today), { value: CUSTOM, label: '按日期范围' }]}
          value={quarter}
          allowDeselect={false}
          onChange={(q) => q && setQuarter(q)}
        />
        {quarter === CUSTOM && (
          <>
            <DateInput
              label="自"
              w={140}
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              clearable
              value={from}
              onChange={setFrom}
            />
            <DateInput
              label="至"
              w={140}
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              clearable
              minDate={from ?? undefined}
              value={to}
              onChange={setTo}
            />
          </>
        )}
        <Select
          label="类别"
          w={150}
          placeholder="全部类别"
          clearable
          data={settings?.categories ?? []}
          value={category}
          onChange={setCategory}
        />
        <SegmentedControl
          aria-label="按状态筛选"
          data={STATUS_FILTERS}
          value={status}
          onChange={(s) => setStatus(s as StatusFilter)}
        />
      </Group>
      {sessions === null ? (
        <Loader />
      ) : sessions.length === 0 ? (
        <Text c="dimmed">这段时间没有符合条件的培训。</Text>
      ) : (
        <Table striped highlightOnHover aria-label="培训列表">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>日期</Table.Th>
              <Table.Th>时间</Table.Th>
              <Table.Th>主题</Table.Th>
              <Table.Th>类别</Table.Th>
              <Table.Th>讲师</Table.Th>
              <Table.Th>地点</Table.Th>
              <Table.Th ta="right">学时</Table.Th>
              <Table.Th ta="right">应到</Table.Th>
              <Table.Th ta="right">已录入</Table.Th>
              <Table.Th>状态</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr
                key={s.id}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => open(s)}
                onKeyDown={(e) => e.key === 'Enter' && open(s)}
              >
                <Table.Td>{s.day}</Table.Td>
                <Table.Td>
                  {s.startTime}–{s.endTime}
                </Table.Td>
                <Table.Td>{s.topic}</Table.Td>
                <Table.Td>{s.category}</Table.Td>
                <Table.Td>{s.trainerName}</Table.Td>
                <Table.Td>{s.place}</Table.Td>
                <Table.Td ta="right">{hoursText(s.hours)}</Table.Td>
                <Table.Td ta="right">{s.attendeeCount}</Table.Td>
                <Table.Td ta="right">{s.enteredCount}</Table.Td>
                <Table.Td>
                  <Badge color={SESSION_STATUS_COLORS[s.status]}>{SESSION_STATUS_LABELS[s.status]}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {scheduling && (
        <SessionFormModal
          onClose={() => setScheduling(false)}
          onSaved={(d) => {
            setScheduling(false);
            navigate(TRAINING_PATHS.session(d.session.id));
          }}
        />
      )}
    </Stack>
  );
}
