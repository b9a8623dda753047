import { Group, Paper, Table, Text } from '@mantine/core';
import type { HqPipelineSummary } from '../../../src-shared/contract';
import { formatInstant, formatYuan } from '../../app/format';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * The office's sales pipeline on the month's last day: open opportunities per stage with 预计金额
 * and 加权金额, the month's wins and losses, and every SOP gate the manager overrode, with the reason.
 */
export function BundlePipelineTable({ pipeline: p }: { pipeline: HqPipelineSummary }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="销售流程">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>销售流程(截至 {p.asOf})</Text>
        <Text size="sm">
          本月赢单 {p.won.count} 个 {formatYuan(p.won.amount)} 元 · 丢单 {p.lost.count} 个{' '}
          {formatYuan(p.lost.amount)} 元
        </Text>
      </Group>
      <Table aria-label="各阶段商机" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>阶段</Table.Th>
            <Table.Th ta="right">赢单概率</Table.Th>
            <Table.Th ta="right">商机数</Table.Th>
            <Table.Th ta="right">预计金额(元)</Table.Th>
            <Table.Th ta="right">加权金额(元)</Table.Th>
            <Table.Th ta="right">超期</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.stages.map((s) => (
            <Table.Tr key={s.key}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td ta="right">{s.probability}%</Table.Td>
              <Table.Td ta="right">{s.count}</Table.Td>
              <Table.Td ta="right">{formatYuan(s.amount)}</Table.Td>
              <Table.Td ta="right">{formatYuan(s.weighted)}</Table.Td>
              <Table.Td ta="right" c={s.overLimit ? 'red' : undefined}>
                {s.overLimit}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={600}>
            <Table.Td>合计(进行中)</Table.Td>
            <Table.Td />
            <Table.Td ta="right">{p.open.count}</Table.Td>
            <Table.Td ta="right">{formatYuan(p.open.amount)}</Table.Td>
            <Table.Td ta="right">{formatYuan(p.open.weighted)}</Table.Td>
            <Table.Td ta="right">{p.stages.reduce((n, s) => n + s.overLimit, 0)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text fw={600} mt="md" mb="xs">
        越过检查({p.overrides.length})
      </Text>
      {p.overrides.length === 0 ? (
        <Text size="sm" c="dimmed">
          本月没有越过检查推进的商机。
        </Text>
      ) : (
        <Table aria-label="越过检查" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>时间</Table.Th>
              <Table.Th>客户 · 商机</Table.Th>
              <Table.Th>负责人</Table.Th>
              <Table.Th>推进</Table.Th>
              <Table.Th>原因</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.overrides.map((v, i) => (
              <Table.Tr key={i}>
                <Table.Td style={nowrap}>{formatInstant(v.at)}</Table.Td>
                <Table.Td>
                  {v.customerName} · {v.title}
                </Table.Td>
                <Table.Td style={nowrap}>{v.ownerName}</Table.Td>
                <Table.Td style={nowrap}>
                  {v.fromStage} → {v.toStage}
                </Table.Td>
                <Table.Td>{v.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
