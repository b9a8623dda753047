import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { RANKING_GAPS, type RankingRegion } from '../../../src-shared/contract';
import { formatYuan } from '../../app/format';

const rate = (v: number | null) => (v === null ? '—' : `${v}%`);
const money = (v: number | null) => (v === null ? '—' : formatYuan(v));

/** A region's months that do not count, in a line: each month with its reason, or how many of each. */
export function missingSummary(region: RankingRegion): string {
  if (region.missing.length <= 3)
    return region.missing.map((m) => `${m.month} ${RANKING_GAPS[m.reason]}`).join('；');
  return (Object.keys(RANKING_GAPS) as (keyof typeof RANKING_GAPS)[])
    .map((reason) => [reason, region.missing.filter((m) => m.reason === reason).length] as const)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} 个月${RANKING_GAPS[reason]}`)
    .join('；');
}

/** A region's months that do not count: none, or how many, each with its reason on hover. */
export function MissingMonths({ region }: { region: RankingRegion }) {
  if (region.missing.length === 0)
    return (
      <Text size="sm" c="dimmed">
        齐全
      </Text>
    );
  const detail = region.missing.map((m) => `${m.month} ${RANKING_GAPS[m.reason]}`).join('\n');
  const label =
    region.missing.length <= 2
      ? `缺 ${region.missing.map((m) => m.month).join('、')}`
      : `缺 ${region.missing.length} 个月`;
  return (
    <Tooltip label={<span style={{ whiteSpace: 'pre-line' }}>{detail}</span>} multiline>
      <Badge variant="light" color="orange" style={{ cursor: 'help' }}>
        {label}
      </Badge>
    </Tooltip>
  );
}

/** 区域排名: by 销售额达成率, with the figures behind it, the average score and the months missing. */
export function RankingRegionsTable({ regions }: { regions: RankingRegion[] }) {
  return (
    <Table withTableBorder striped highlightOnHover aria-label="区域排名" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={56} style={{ whiteSpace: 'nowrap' }}>
            排名
          </Table.Th>
          <Table.Th>区域</Table.Th>
          <Table.Th ta="right">销售额达成率</Table.Th>
          <Table.Th ta="right">回款达成率</Table.Th>
          <Table.Th ta="right">平均总分</Table.Th>
          <Table.Th ta="right">代表</Table.Th>
          <Table.Th>数据</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regions.map((r) => (
          <Table.Tr key={r.code}>
            <Table.Td>{r.rank ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {r.region || r.code}
              </Text>
              <Text size="xs" c="dimmed">
                {r.name}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" fw={600}>
                {rate(r.salesRate)}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {money(r.salesActual)} / {money(r.salesTarget)}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm">{rate(r.collectionRate)}</Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {money(r.collectionActual)} / {money(r.collectionTarget)}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{r.averageScore ?? '—'}</Table.Td>
            <Table.Td ta="right">{r.reps}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <MissingMonths region={r} />
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
