import { Anchor, Group, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { PlanView } from './PlanView';
import { useDevelopmentOverview } from './use-development';

/** One rep's 个人发展计划, for the manager to work on and the clerk to read. */
export function PlanPage() {
  const { user } = useSession();
  const userId = Number(useParams().userId);
  const [rows] = useDevelopmentOverview();
  const name = rows?.find((r) => r.userId === userId)?.name ?? '';
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{name ? `${name}的个人发展计划` : '个人发展计划'}</Title>
        <Anchor component={Link} to="/development" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            返回全部营销代表
          </Group>
        </Anchor>
      </Group>
      {Number.isInteger(userId) && userId > 0 && rows && (
        <PlanView userId={userId} name={name || `#${userId}`} editable={user.role === 'manager'} />
      )}
    </Stack>
  );
}
