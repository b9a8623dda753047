import { Paper, Table, Text } from '@mantine/core';
import { TARGET_METRICS } from '../../../src-shared/contract';
import { quartersOf } from '../../../src-shared/domain/performance';
import { formatInstant, formatYuan } from '../../app/format';
import type { HqBundle } from './BundleHeader';

type Targets = NonNullable<HqBundle['targets']>;

const whose = (t: Targets['targets'][number]) => (t.scope === 'region' ? `区域（${t.name}）` : t.name);
const nowrap = { whiteSpace: 'nowrap' } as const;

/** The office's targets of the bundle's year by quarter, and every adjustment with who asked, who approved and why. */
export function BundleTargetsTable({ targets }: { targets: Targets }) {
  const changes = targets.targets.flatMap((t) =>
    t.history.filter((h) => h.version > 1).map((h) => ({ t, h })),
  );
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        {targets.year} 年销售目标（元）
      </Text>
      {targets.targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          办事处尚未设定本年度的销售目标。
        </Text>
      ) : (
        <Table aria-label="销售目标" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>对象</Table.Th>
              <Table.Th>指标</Table.Th>
              <Table.Th ta="right">全年</Table.Th>
              {[1, 2, 3, 4].map((q) => (
                <Table.Th key={q} ta="right">
                  第{q}季度
                </Table.Th>
              ))}
              <Table.Th ta="right">版本</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.targets.map((t) => (
              <Table.Tr key={`${t.scope}-${t.userId ?? 0}-${t.metric}`}>
                <Table.Td style={nowrap}>{whose(t)}</Table.Td>
                <Table.Td>{TARGET_METRICS[t.metric]}</Table.Td>
                <Table.Td ta="right">{formatYuan(t.annual)}</Table.Td>
                {quartersOf(t.months).map((q, i) => (
                  <Table.Td key={i} ta="right">
                    {formatYuan(q)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{t.version}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {changes.length > 0 && (
        <>
          <Text fw={600} mt="md" mb="xs">
            目标调整（{changes.length}）
          </Text>
          <Table aria-label="目标调整" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>对象</Table.Th>
                <Table.Th>调整</Table.Th>
                <Table.Th ta="right">原目标</Table.Th>
                <Table.Th ta="right">新目标</Table.Th>
                <Table.Th>原因</Table.Th>
                <Table.Th>提出人</Table.Th>
                <Table.Th>审批人</Table.Th>
                <Table.Th>时间</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map(({ t, h }) => (
                <Table.Tr key={`${t.scope}-${t.userId ?? 0}-${t.metric}-${h.version}`}>
                  <Table.Td style={nowrap}>
                    {whose(t)} · {TARGET_METRICS[t.metric]}
                  </Table.Td>
                  <Table.Td style={nowrap}>
                    {h.quarter === null ? '重新设定全年' : `第${h.quarter}季度`}
                  </Table.Td>
                  <Table.Td ta="right">{h.oldAmount === null ? '—' : formatYuan(h.oldAmount)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(h.newAmount)}</Table.Td>
                  <Table.Td>{h.reason}</Table.Td>
                  <Table.Td style={nowrap}>{h.requestedBy}</Table.Td>
                  <Table.Td style={nowrap}>{h.approvedBy}</Table.Td>
                  <Table.Td style={nowrap}>{formatInstant(h.at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
