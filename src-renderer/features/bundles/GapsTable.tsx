import { Badge, Paper, ScrollArea, Table, Text } from '@mantine/core';
import {
  BUNDLE_GAP_LABELS,
  type BundleGap,
  type BundleGapState,
} from '../../../src-shared/bundle/bundle-data';
import { getForm } from '../../../src-shared/domain/forms';

/** The colours of missing, late and unapproved reports, at the office and at head office alike. */
const GAP_COLORS: Record<BundleGapState, string> = { missing: 'red', late: 'orange', notApproved: 'yellow' };

/**
 * The reports of a month that are missing, late or not yet approved: before the office exports
 * its bundle, and at head office as the bundle lists them. A long list scrolls inside its box.
 */
export function GapsTable({ gaps }: { gaps: BundleGap[] }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        缺报、逾期与未审核（{gaps.length}）
      </Text>
      {gaps.length === 0 ? (
        <Text c="dimmed">本月报表齐全。</Text>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto">
          <Table aria-label="缺报与逾期" stickyHeader>
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
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
