import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ContactAlerts } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { AlertsTable } from './AlertsTable';
import { OwnerSummary } from './OwnerSummary';

type Show = 'all' | 'overdue' | 'dueSoon';

/**
 * 客户联系提醒: the customers not contacted within their grade's interval (red) or soon due (yellow),
 * most overdue first; a rep sees their own, the manager and clerk everyone's with a count per rep.
 */
export function ContactRemindersPage() {
  const { user } = useSession();
  const office = user.role !== 'rep';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const owner = params.get('owner') ? Number(params.get('owner')) : null;
  const [data, setData] = useState<ContactAlerts | null>(null);
  const [show, setShow] = useState<Show>('all');

  useEffect(() => {
    api('customers.contactAlerts', {}).then(setData, notifyError);
  }, []);

  const selectOwner = (id: number | null) => setParams(id === null ? {} : { owner: String(id) });
  const alerts = (data?.alerts ?? []).filter(
    (a) => (owner === null || a.ownerId === owner) && (show === 'all' || a.state === show),
  );
  const overdue = data?.alerts.filter((a) => a.state === 'overdue').length ?? 0;
  const ownerName = data?.byOwner.find((o) => o.ownerId === owner)?.name;

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>客户联系提醒</Title>
        {user.role === 'manager' && (
          <Button
            variant="default"
            leftSection={<IconSettings size={16} />}
            onClick={() => navigate('/customers/contact-settings')}
          >
            联系间隔设置
          </Button>
        )}
      </Group>
      {data && (
        <Text size="sm" c="dimmed">
          截至 {data.today}:已逾期 {overdue} 个,即将到期 {data.alerts.length - overdue}{' '}
          个。按客户等级的联系间隔计算(日历天), 流失及未分级的客户不提醒。
        </Text>
      )}
      {office && data && data.byOwner.length > 0 && (
        <OwnerSummary byOwner={data.byOwner} selected={owner} onSelect={selectOwner} />
      )}
      <Group gap="sm">
        <SegmentedControl
          aria-label="显示"
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={[
            { value: 'all', label: '全部' },
            { value: 'overdue', label: '已逾期' },
            { value: 'dueSoon', label: '即将到期' },
          ]}
        />
        {owner !== null && (
          <Button variant="subtle" size="compact-sm" onClick={() => selectOwner(null)}>
            {ownerName ? `只看${ownerName} · ` : ''}显示全部负责人
          </Button>
        )}
      </Group>
      {alerts.length > 0 && <AlertsTable alerts={alerts} showOwner={office} />}
      {data && alerts.length === 0 && (
        <Text c="dimmed">
          {data.alerts.length === 0
            ? '没有需要联系的客户:所有分级客户都在联系间隔之内。'
            : '没有符合条件的客户。'}
        </Text>
      )}
    </Stack>
  );
}
