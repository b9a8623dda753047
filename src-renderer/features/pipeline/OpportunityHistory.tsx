import { Stack, Table, Text, Timeline, Title } from '@mantine/core';
import type { OpportunityDetail, StageDef } from '../../../src-shared/contract';
import { formatInstant } from '../../app/format';

type Event = OpportunityDetail['events'][number];

const KIND_LABELS: Record<Event['kind'], string> = {
  created: '新建商机',
  moved: '移动阶段',
  override: '越过检查移动',
  won: '赢单',
  lost: '丢单',
  reopened: '重新打开',
  edited: '修改商机',
};

interface Props {
  detail: OpportunityDetail;
  stages: readonly StageDef[];
}

/** 历史 (every move, override with its reason and what was missing, close and reopen) and 走访记录. */
export function OpportunityHistory({ detail, stages }: Props) {
  const nameOf = (key: string | null) => (key ? (stages.find((s) => s.key === key)?.name ?? key) : '');
  const events = [...detail.events].reverse();
  return (
    <>
      <Stack gap="xs" component="section" aria-label="走访记录">
        <Title order={5}>走访记录</Title>
        {detail.visits.length === 0 ? (
          <Text size="sm" c="dimmed">
            还没有关联的走访。走访表中拜访目的为“订单跟进”或“售后服务”的行可以关联到这个商机。
          </Text>
        ) : (
          <Table aria-label="关联的走访" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>日期</Table.Th>
                <Table.Th w={90}>走访人</Table.Th>
                <Table.Th w={90}>拜访目的</Table.Th>
                <Table.Th>洽谈内容及结果</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.visits.map((v, i) => (
                <Table.Tr key={`${v.reportId}-${i}`}>
                  <Table.Td>{v.day}</Table.Td>
                  <Table.Td>{v.authorName}</Table.Td>
                  <Table.Td>{v.purpose}</Table.Td>
                  <Table.Td>{v.result}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-label="商机历史">
        <Title order={5}>历史</Title>
        <Timeline bulletSize={14} lineWidth={2}>
          {events.map((e, i) => (
            <Timeline.Item
              key={i}
              color={e.kind === 'override' || e.kind === 'lost' ? 'red' : e.kind === 'won' ? 'green' : 'blue'}
              title={
                <Text size="sm" fw={600}>
                  {KIND_LABELS[e.kind]}
                  {e.fromStage && e.toStage && `:${nameOf(e.fromStage)} → ${nameOf(e.toStage)}`}
                  {!e.fromStage && e.toStage && `:${nameOf(e.toStage)}`}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {e.byName} · {formatInstant(e.at)}
              </Text>
              {e.reason && <Text size="sm">原因:{e.reason}</Text>}
              {e.missing.length > 0 && (
                <Text size="sm" c="red">
                  当时缺少:{e.missing.join('、')}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </>
  );
}
