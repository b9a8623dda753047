import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import type { OutputOf } from '../../../src-shared/contract';
import { formatInstant, formatYuan } from '../../app/format';

type Statement = OutputOf<'bonus.month'>['statements'][number];

/** One rep's 奖金核算单 on screen: each line with its basis, the total, and its paper. */
export function BonusStatementCard({
  statement: s,
  onPreview,
  onWord,
}: {
  statement: Statement;
  onPreview: () => void;
  onWord: () => void;
}) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{s.name}</Text>
        <Group gap="xs">
          {s.approved ? (
            <Badge color="green" variant="light">
              {s.approved.by} {formatInstant(s.approved.at)} 审核
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              未审核
            </Badge>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={onPreview}
            aria-label={`打印预览${s.name}的奖金核算单`}
          >
            打印预览
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={onWord}
            aria-label={`下载${s.name}的奖金核算单`}
          >
            下载 Word
          </Button>
        </Group>
      </Group>
      <Table aria-label={`${s.name}的奖金核算`}>
        <Table.Tbody>
          {s.lines.map((l, i) => (
            <Table.Tr key={i}>
              <Table.Td>{l.label}</Table.Td>
              <Table.Td c="dimmed" fz="sm">
                {l.basis}
              </Table.Td>
              <Table.Td ta="right">{formatYuan(l.amount)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={600}>应发奖金</Table.Td>
            <Table.Td />
            <Table.Td ta="right" fw={600}>
              {formatYuan(s.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
