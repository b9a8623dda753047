import { Loader, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../../app/session';
import { OverviewTable } from './OverviewTable';
import { PlanView } from './PlanView';
import { useDevelopmentOverview } from './use-development';

function Overview() {
  const [rows] = useDevelopmentOverview();
  if (!rows) return <Loader size="sm" />;
  if (rows.length === 0) return <Text c="dimmed">还没有营销代表。</Text>;
  return (
    <>
      <Text size="sm" c="dimmed">
        协访表(F02)审核后,评分 ≤ 2
        分的项目自动成为“待确认建议”;确认并定下完成期限后列入进行中。点击姓名展开未关闭的项目。
      </Text>
      <OverviewTable rows={rows} />
    </>
  );
}

/** 个人发展计划: the manager's and clerk's overview of every rep, or a rep's own plan to read. */
export function DevelopmentPage() {
  const { user } = useSession();
  return (
    <Stack>
      <Title order={3}>个人发展计划</Title>
      {user.role === 'rep' ? (
        <PlanView userId={null} name={user.displayName} editable={false} />
      ) : (
        <Overview />
      )}
    </Stack>
  );
}
