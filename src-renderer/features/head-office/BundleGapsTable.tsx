import { Badge, Paper, Table, Text } from '@mantine/core';
import { BUNDLE_GAP_LABELS } from '../../../src-shared/bundle/bundle-data';
import { getForm } from '../../../src-shared/domain/forms';
import type { HqBundle } from './BundleHeader';
import { GAP_COLORS } from './labels';

/** The reports the office listed as missing, late or not yet approved. */
export function BundleGapsTable({ gaps }: { gaps: HqBundle['gaps'] }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        缺报、逾期与未审核（{gaps.length}）
      </Text>
      {gaps.length === 0 ? (
        <Text c="dimmed">本月报表齐全。</Text>
      ) : (
        <Table aria-label="缺报与逾期">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>情况</Table.Th>
              <Table.Th>报表</Table.Th>
              <Table.Th>填报人</Table.Th>
              <Table.Th>期间</Table.Th>
              <Table.Th>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gaps.map((g) => (
              <Table.Tr key={`${g.formCode}-${g.authorId}-${g.periodKey}`}>
                <Table.Td>
                  <Badge color={GAP_COLORS[g.state]} variant="light">
                    {BUNDLE_GAP_LABELS[g.state]}
                  </Badge>
                </Table.Td>
                <Table.Td>{getForm(g.formCode).title}</Table.Td>
                <Table.Td>{g.authorName}</Table.Td>
                <Table.Td>{g.periodLabel}</Table.Td>
                <Table.Td>{g.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
